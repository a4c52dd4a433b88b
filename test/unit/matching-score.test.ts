import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  keywordStems,
  type MatchMentee,
  type MatchMentor,
  menteeFeatures,
  mentorFeatures,
} from "../../shared/domain/matching/pool-features.js";
import {
  DEFAULT_WEIGHTS,
  explainPair,
  makePairScorer,
} from "../../shared/domain/matching/score-pair.js";
import type { MenteeApplication, MentorApplication } from "../../shared/schemas/application.js";
import {
  type Criterion,
  criterionSchema,
  type PairScore,
  pairScoreSchema,
  type Weights,
} from "../../shared/schemas/matching.js";
import {
  AVAILABILITY_SLOTS,
  FORMATS,
  type Format,
  ROLE_CATEGORIES,
  TOPICS,
} from "../../shared/schemas/reference.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { randomPool } from "../fixtures/random-pool.js";

const CRITERIA = criterionSchema.options;
const FORMAT_CODES = FORMATS.map((f) => f.code);
const TOPIC_CODES = TOPICS.map((t) => t.code);
const CATEGORY_CODES = ROLE_CATEGORIES.map((c) => c.code);
const LATVIAN_LETTER = /[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/;

/** Words for free text: some shared stems, some stopwords, some too short to count. */
const WORDS = [
  "dati",
  "datu",
  "analītika",
  "analytics",
  "mākslīgais",
  "intelekts",
  "drošība",
  "security",
  "projekti",
  "projects",
  "procesi",
  "pārmaiņas",
  "lietotāji",
  "dizains",
  "design",
  "iepirkumi",
  "vēlos",
  "with",
  "work",
  "team",
  "un",
  "ar",
  "AI",
];
const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 10 })
  .map((words) => words.join(" "));

const menteeArb: fc.Arbitrary<MatchMentee> = fc
  .record({
    language: fc.constantFrom("lv" as const, "en" as const),
    availability: fc.subarray([...AVAILABILITY_SLOTS], { minLength: 1 }),
    roleCategory: fc.constantFrom(...CATEGORY_CODES, "none" as const),
    needTopics: fc.subarray(TOPIC_CODES, { minLength: 1, maxLength: 5 }),
    preferredFormats: fc.subarray(FORMAT_CODES, { minLength: 1 }),
    leadsPeople: fc.option(fc.boolean(), { nil: undefined }),
    motivation: text,
    needDescription: text,
    goal: text,
  })
  .map((fields) => ({
    id: "p",
    application: validMentee(fields as Partial<MenteeApplication>),
  }));

const mentorArb: fc.Arbitrary<MatchMentor> = fc
  .record({
    language: fc.constantFrom("lv" as const, "en" as const),
    languages: fc.subarray(["lv" as const, "en" as const], { minLength: 1 }),
    availability: fc.subarray([...AVAILABILITY_SLOTS], { minLength: 1 }),
    sector: fc.constantFrom("public" as const, "private" as const),
    expertiseTopics: fc.subarray(TOPIC_CODES, { minLength: 1, maxLength: 8 }),
    supportedRoleCategories: fc.subarray(CATEGORY_CODES),
    formats: fc.subarray(FORMAT_CODES, { minLength: 1 }),
    reverseMentoring: fc.boolean(),
    expertiseDescription: text,
    position: text,
    remainingCapacity: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ remainingCapacity, ...fields }) => ({
    id: "t",
    application: validMentor(fields as Partial<MentorApplication>),
    remainingCapacity,
  }));

const formatArb = fc.constantFrom(...FORMAT_CODES);

/** Features of one pair, interned in one vocabulary as matching does. */
function featuresOf(mentee: MatchMentee, mentor: MatchMentor) {
  const vocabulary = new Map<string, number>();
  return { m: menteeFeatures(mentee, vocabulary), t: mentorFeatures(mentor, vocabulary) };
}

const countShared = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => b.includes(x)).length;

/**
 * What each criterion should be worth, computed straight from the two applications (not
 * from the bit masks): the definitions in score-pair.ts's comments, restated.
 */
function referenceValues(
  mentee: MenteeApplication,
  mentor: MentorApplication,
  format: Format,
): Record<Criterion, number> {
  const menteeWords = keywordStems(mentee.needDescription, mentee.goal, mentee.motivation);
  const mentorWords = keywordStems(mentor.expertiseDescription, mentor.position);
  const sharedWords = [...menteeWords].filter((w) => mentorWords.has(w)).length;
  const categorySupported =
    mentee.roleCategory !== "none" && mentor.supportedRoleCategories.includes(mentee.roleCategory);
  return {
    need_expertise:
      countShared(mentee.needTopics, mentor.expertiseTopics) / mentee.needTopics.length,
    need_keywords: Math.min(1, sharedWords / 3),
    role_support:
      format === "reverse"
        ? mentee.leadsPeople === true && mentor.reverseMentoring
          ? 1
          : 0
        : categorySupported
          ? 1
          : 0,
    format_fit:
      countShared(mentee.preferredFormats, mentor.formats) / mentee.preferredFormats.length,
    language: !mentor.languages.includes(mentee.language)
      ? 0
      : mentor.language === mentee.language
        ? 1
        : 0.5,
    availability: Math.min(1, countShared(mentee.availability, mentor.availability) / 2),
    public_private: mentor.sector === "private" ? 1 : 0,
  };
}

/** Weights that put all 100 points on one criterion. */
const only = (criterion: Criterion): Weights =>
  Object.fromEntries(CRITERIA.map((c) => [c, c === criterion ? 100 : 0])) as Weights;

/** Any seven non-negative integer weights adding up to 100. */
const weightsArb: fc.Arbitrary<Weights> = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 })
  .map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), 100];
    return Object.fromEntries(
      CRITERIA.map((c, i) => [c, (sorted[i + 1] as number) - (sorted[i] as number)]),
    ) as Weights;
  });

/** A property of any pair, format and weights; the pair's features interned as matching does. */
const forAnyPairAndWeights = (
  check: (
    pair: {
      mentee: MatchMentee;
      mentor: MatchMentor;
      format: Format;
      weights: Weights;
    } & ReturnType<typeof featuresOf>,
  ) => void,
) =>
  fc.property(menteeArb, mentorArb, formatArb, weightsArb, (mentee, mentor, format, weights) =>
    check({ mentee, mentor, format, weights, ...featuresOf(mentee, mentor) }),
  );

/** The points are the criteria's points added up, the fast scorer agrees, 0 to 1000. */
function expectSummed(explained: PairScore, scored: number) {
  const sum = explained.criteria.reduce((acc, c) => acc + c.points, 0);
  expect(explained.points).toBe(sum);
  expect(scored).toBe(explained.points);
  expect(explained.points).toBeGreaterThanOrEqual(0);
  expect(explained.points).toBeLessThanOrEqual(1000);
}

describe("explainPair and makePairScorer", () => {
  it("agree with each other and add up, for every pair of seeded random pools and every format", {
    timeout: 60_000,
  }, () => {
    const scorer = makePairScorer(DEFAULT_WEIGHTS);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const pool = randomPool({
          mentees: 8,
          mentors: 5,
          seed,
          formats: FORMAT_CODES,
          teamShare: 0.1,
        });
        const vocabulary = new Map<string, number>();
        const M = pool.mentees.map((m) => menteeFeatures(m, vocabulary));
        const T = pool.mentors.map((t) => mentorFeatures(t, vocabulary));
        for (const m of M) {
          for (const t of T) {
            for (const format of FORMAT_CODES) {
              expectSummed(explainPair(m, t, format, DEFAULT_WEIGHTS), scorer(m, t, format));
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("gives every criterion a value in [0,1] and points = round(weight * value * 10)", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      forAnyPairAndWeights(({ m, t, format, weights }) => {
        const explained = explainPair(m, t, format, weights);
        expect(pairScoreSchema.safeParse(explained).success).toBe(true);
        expect(explained.criteria.map((c) => c.criterion)).toEqual(CRITERIA);
        for (const c of explained.criteria) {
          expect(c.value).toBeGreaterThanOrEqual(0);
          expect(c.value).toBeLessThanOrEqual(1);
          expect(c.weight).toBe(weights[c.criterion]);
          expect(c.points).toBe(Math.round(c.weight * c.value * 10));
        }
        expectSummed(explained, makePairScorer(weights)(m, t, format));
      }),
      { numRuns: 400 },
    );
  });

  it("values every criterion as its definition says, computed from the applications", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      forAnyPairAndWeights(({ mentee, mentor, m, t, format, weights }) => {
        const expected = referenceValues(mentee.application, mentor.application, format);
        const explained = explainPair(m, t, format, weights);
        let total = 0;
        for (const c of explained.criteria) {
          expect(c.value, c.criterion).toBeCloseTo(expected[c.criterion], 12);
          const points = Math.round(weights[c.criterion] * expected[c.criterion] * 10);
          expect(c.points, c.criterion).toBe(points);
          total += points;
        }
        expect(explained.points).toBe(total);
        expect(makePairScorer(weights)(m, t, format)).toBe(total);
      }),
      { numRuns: 400 },
    );
  });

  it("with all weight on one criterion, scores exactly that criterion's points", () => {
    fc.assert(
      fc.property(
        menteeArb,
        mentorArb,
        formatArb,
        fc.constantFrom(...CRITERIA),
        (mentee, mentor, format, criterion) => {
          const { m, t } = featuresOf(mentee, mentor);
          const weights = only(criterion);
          const expected = referenceValues(mentee.application, mentor.application, format);
          const explained = explainPair(m, t, format, weights);
          const mine = explained.criteria.find((c) => c.criterion === criterion);
          expect(mine?.points).toBe(Math.round(1000 * (expected[criterion] as number)));
          expect(explained.points).toBe(mine?.points);
          expect(makePairScorer(weights)(m, t, format)).toBe(mine?.points);
          for (const c of explained.criteria)
            if (c.criterion !== criterion) expect(c.points).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("explains every criterion in both languages, Latvian with Latvian letters", () => {
    fc.assert(
      fc.property(menteeArb, mentorArb, formatArb, (mentee, mentor, format) => {
        const { m, t } = featuresOf(mentee, mentor);
        const explained = explainPair(m, t, format, DEFAULT_WEIGHTS);
        for (const c of explained.criteria) {
          expect(c.detail.lv.trim().length, c.criterion).toBeGreaterThan(0);
          expect(c.detail.en.trim().length, c.criterion).toBeGreaterThan(0);
          expect(c.detail.en, c.criterion).not.toMatch(LATVIAN_LETTER);
          // Placeholders are all filled.
          expect(c.detail.lv).not.toMatch(/\{\w+\}/);
          expect(c.detail.en).not.toMatch(/\{\w+\}/);
        }
        const lv = explained.criteria.map((c) => c.detail.lv).join(" ");
        expect(lv).toMatch(LATVIAN_LETTER);
        // The counts the details quote are the pair's own.
        const covered = countShared(
          mentee.application.needTopics,
          mentor.application.expertiseTopics,
        );
        const expertise = explained.criteria.find((c) => c.criterion === "need_expertise");
        expect(expertise?.detail.en).toContain(
          `${covered} of ${mentee.application.needTopics.length}`,
        );
        expect(expertise?.detail.lv).toContain(
          `${covered} no ${mentee.application.needTopics.length}`,
        );
        // The noun agrees with the number of the need's topics (Intl.PluralRules).
        const topics = mentee.application.needTopics.length;
        expect(expertise?.detail.en).toContain(topics === 1 ? "1 topic of" : `${topics} topics of`);
        expect(expertise?.detail.lv).toContain(
          new Intl.PluralRules("lv").select(topics) === "one" ? "tēmas." : "tēmām.",
        );
        const slots = countShared(mentee.application.availability, mentor.application.availability);
        const availability = explained.criteria.find((c) => c.criterion === "availability");
        expect(availability?.detail.en).toContain(String(slots));
        expect(availability?.detail.lv).toContain(String(slots));
      }),
      { numRuns: 200 },
    );
  });
});

describe("role support in reverse mentoring", () => {
  const roleSupport = (mentee: MenteeApplication, mentor: MentorApplication, format: Format) => {
    const { m, t } = featuresOf(
      { id: "p", application: mentee },
      { id: "t", application: mentor, remainingCapacity: 3 },
    );
    return explainPair(m, t, format, DEFAULT_WEIGHTS).criteria.find(
      (c) => c.criterion === "role_support",
    );
  };

  it("is judged by the mentee leading people and the mentor being willing, not by role category", () => {
    // The mentor does not support the mentee's category at all.
    const base = { roleCategory: "user" as const, jobRole: "accountant" as const };
    const mentor = (reverseMentoring: boolean) =>
      validMentor({ supportedRoleCategories: ["key"], reverseMentoring });
    for (const leadsPeople of [true, false, undefined]) {
      for (const willing of [true, false]) {
        const mentee = validMentee({ ...base, leadsPeople });
        const expected = leadsPeople === true && willing ? 1 : 0;
        const reverse = roleSupport(mentee, mentor(willing), "reverse");
        expect(reverse?.value, `leads ${leadsPeople}, willing ${willing}`).toBe(expected);
        expect(reverse?.points).toBe(expected * DEFAULT_WEIGHTS.role_support * 10);
        // The same pair in 1:1: the category is not supported, whatever the leadership.
        expect(roleSupport(mentee, mentor(willing), "individual")?.value).toBe(0);
      }
    }
  });

  it("is 0 in reverse for a supported category when the mentee does not lead people", () => {
    const mentee = validMentee({ roleCategory: "key", jobRole: "digital_services_expert" });
    const mentor = validMentor({ supportedRoleCategories: ["key"], reverseMentoring: true });
    expect(roleSupport(mentee, mentor, "individual")?.value).toBe(1);
    expect(roleSupport(mentee, mentor, "group")?.value).toBe(1);
    expect(roleSupport(mentee, mentor, "reverse")?.value).toBe(0);
    const leader = validMentee({
      roleCategory: "key",
      jobRole: "digital_services_expert",
      leadsPeople: true,
    });
    expect(roleSupport(leader, mentor, "reverse")?.value).toBe(1);
    expect(roleSupport(leader, { ...mentor, reverseMentoring: false }, "reverse")?.value).toBe(0);
  });

  it("changes the reverse score by exactly the role support points", () => {
    const mentee = validMentee({ roleCategory: "user", jobRole: "lawyer", leadsPeople: true });
    const mentor = validMentor({ supportedRoleCategories: ["key"], reverseMentoring: true });
    const { m, t } = featuresOf(
      { id: "p", application: mentee },
      { id: "t", application: mentor, remainingCapacity: 3 },
    );
    const scorer = makePairScorer(DEFAULT_WEIGHTS);
    expect(scorer(m, t, "reverse") - scorer(m, t, "individual")).toBe(
      DEFAULT_WEIGHTS.role_support * 10,
    );
  });
});

describe("public-private criterion", () => {
  it("is 1 for a private-sector mentor and 0 for a public-sector one, all else equal", () => {
    fc.assert(
      fc.property(menteeArb, mentorArb, formatArb, (mentee, mentor, format) => {
        const withSector = (sector: "public" | "private") => {
          const { m, t } = featuresOf(mentee, {
            ...mentor,
            application: { ...mentor.application, sector },
          });
          return explainPair(m, t, format, DEFAULT_WEIGHTS);
        };
        const priv = withSector("private");
        const pub = withSector("public");
        const criterion = (s: typeof priv) =>
          s.criteria.find((c) => c.criterion === "public_private");
        expect(criterion(priv)?.value).toBe(1);
        expect(criterion(pub)?.value).toBe(0);
        expect(criterion(priv)?.points).toBe(DEFAULT_WEIGHTS.public_private * 10);
        expect(criterion(pub)?.points).toBe(0);
        expect(priv.points - pub.points).toBe(DEFAULT_WEIGHTS.public_private * 10);
      }),
      { numRuns: 100 },
    );
  });
});
