import { format as fill, type Localized, localized } from "../../i18n/localized.js";
import { countPhrase, type PluralForms, plural } from "../../i18n/plural.js";
import {
  type Criterion,
  criterionSchema,
  type PairScore,
  type Weights,
} from "../../schemas/matching.js";
import type { Format } from "../../schemas/reference.js";
import {
  type MenteeFeatures,
  type MentorFeatures,
  popcount,
  sharedCount,
} from "./pool-features.js";

/**
 * Default weights, points out of 100, and why:
 * - need_expertise 35: the mentee's concrete need is why they apply; the guidelines
 *   shortlist "the mentors who fit the mentee's needs best".
 * - role_support 20: the programme is organised around role categories; a mentor who can
 *   support the mentee's role knows the context of their work.
 * - availability 15: 1-2 meetings a month need shared time; pairs without it stall.
 * - public_private 15: public-private exchange is a goal of the programme in itself.
 * - need_keywords 5: words of the need and goal catch nuance the topic list misses, but
 *   free text is noisy, so they only break near-ties.
 * - format_fit 5: the proposal's format is always shared (a hard rule); a mentor who also
 *   offers the mentee's other formats leaves room to change course.
 * - language 5: a shared language is a hard rule; the mentor also preferring the
 *   mentee's language for e-mail makes everyday contact easier.
 */
export const DEFAULT_WEIGHTS: Weights = {
  need_expertise: 35,
  need_keywords: 5,
  role_support: 20,
  format_fit: 5,
  language: 5,
  availability: 15,
  public_private: 15,
};

/** Two shared time slots are enough for 1-2 meetings a month; three shared words for the text. */
const SLOTS_FOR_FULL_AVAILABILITY = 2;
const KEYWORDS_FOR_FULL_MATCH = 3;

/** In the order explanations list them (the schema's). */
const CRITERIA: readonly Criterion[] = criterionSchema.options;

const commonKeywords = sharedCount;

/**
 * What each criterion is worth from 0 to 1, from small counts. The explanation and the
 * fast scorer below both use these, so their points agree to the last tenth.
 */
const VALUE = {
  needExpertise: (covered: number, needed: number) => (needed === 0 ? 0 : covered / needed),
  needKeywords: (common: number) => Math.min(1, common / KEYWORDS_FOR_FULL_MATCH),
  roleSupport: (supported: boolean) => (supported ? 1 : 0),
  formatFit: (offered: number, wanted: number) => (wanted === 0 ? 0 : offered / wanted),
  /** 0: no shared language, 1: shared, 2: also the same language for e-mail. */
  language: (level: number) => (level === 0 ? 0 : level === 2 ? 1 : 0.5),
  availability: (shared: number) => Math.min(1, shared / SLOTS_FOR_FULL_AVAILABILITY),
  publicPrivate: (privateSector: boolean) => (privateSector ? 1 : 0),
};

/** The small counts a pair's criteria are computed from. */
function counts(mentee: MenteeFeatures, mentor: MentorFeatures, format: Format) {
  return {
    covered: popcount(mentee.topics & mentor.topics),
    keywords: commonKeywords(mentee.keywords, mentor.keywords),
    // Reverse mentoring swaps the direction: the leader is mentored by someone willing to
    // teach upwards, so the test is the leader's role and the mentor's willingness.
    supported:
      format === "reverse"
        ? mentee.leadsPeople && mentor.reverse
        : (mentee.category & mentor.categories) !== 0,
    offered: popcount(mentee.formats & mentor.formats),
    language:
      (mentee.language & mentor.languages) === 0
        ? 0
        : mentee.language === mentor.communicationLanguage
          ? 2
          : 1,
    slots: popcount(mentee.slots & mentor.slots),
  };
}

function criterionValues(mentee: MenteeFeatures, mentor: MentorFeatures, format: Format): number[] {
  const n = counts(mentee, mentor, format);
  return [
    VALUE.needExpertise(n.covered, mentee.topicCount),
    VALUE.needKeywords(n.keywords),
    VALUE.roleSupport(n.supported),
    VALUE.formatFit(n.offered, mentee.formatCount),
    VALUE.language(n.language),
    VALUE.availability(n.slots),
    VALUE.publicPrivate(mentor.private),
  ];
}

const pointsOf = (weight: number, value: number) => Math.round(weight * value * 10);
const table = (size: number, f: (i: number) => number) =>
  Int32Array.from({ length: size }, (_, i) => f(i));

/**
 * Points (0 to 1000) of a pair: the hot path of matching. Every criterion's points are
 * looked up in a table of its possible counts, so a pair costs a few bit operations.
 */
export function makePairScorer(weights: Weights) {
  const MAX = 16; // topics per need and formats per mentee stay far below this
  const expertise = table(MAX * MAX, (i) =>
    pointsOf(weights.need_expertise, VALUE.needExpertise(i % MAX, Math.floor(i / MAX))),
  );
  const keywords = table(KEYWORDS_FOR_FULL_MATCH + 1, (i) =>
    pointsOf(weights.need_keywords, VALUE.needKeywords(i)),
  );
  const role = table(2, (i) => pointsOf(weights.role_support, VALUE.roleSupport(i === 1)));
  const formats = table(MAX * MAX, (i) =>
    pointsOf(weights.format_fit, VALUE.formatFit(i % MAX, Math.floor(i / MAX))),
  );
  const language = table(3, (i) => pointsOf(weights.language, VALUE.language(i)));
  const slots = table(SLOTS_FOR_FULL_AVAILABILITY + 1, (i) =>
    pointsOf(weights.availability, VALUE.availability(i)),
  );
  const sector = table(2, (i) => pointsOf(weights.public_private, VALUE.publicPrivate(i === 1)));
  return (mentee: MenteeFeatures, mentor: MentorFeatures, format: Format): number => {
    const n = counts(mentee, mentor, format);
    return (
      (expertise[mentee.topicCount * MAX + n.covered] as number) +
      (keywords[Math.min(n.keywords, KEYWORDS_FOR_FULL_MATCH)] as number) +
      (role[n.supported ? 1 : 0] as number) +
      (formats[mentee.formatCount * MAX + n.offered] as number) +
      (language[n.language] as number) +
      (slots[Math.min(n.slots, SLOTS_FOR_FULL_AVAILABILITY)] as number) +
      (sector[mentor.private ? 1 : 0] as number)
    );
  };
}

// Latvian writes a space before the per cent sign ("50 %"), English none.
const percent = (value: number, language: "lv" | "en") =>
  `${Math.round(value * 100)}${language === "lv" ? "\u00a0%" : "%"}`;

/** A counted sentence in both languages, its form chosen by `count` (Intl.PluralRules). */
const counted = (count: number, forms: PluralForms, values: Record<string, number> = {}) =>
  localized(countPhrase("lv", count, forms, values), countPhrase("en", count, forms, values));

// "no" takes the genitive singular after 1, 21, 31... and the dative plural otherwise.
const TOPICS_COVERED = plural(
  {
    zero: "Mentora pieredze aptver {c} no {count} vajadzības tēmām.",
    one: "Mentora pieredze aptver {c} no {count} vajadzības tēmas.",
    other: "Mentora pieredze aptver {c} no {count} vajadzības tēmām.",
  },
  {
    one: "The mentor's expertise covers {c} of {count} topic of the need.",
    other: "The mentor's expertise covers {c} of {count} topics of the need.",
  },
);
const KEYWORDS_IN_COMMON = plural(
  {
    zero: "Vajadzības un mērķa aprakstā ir {count} vārdu, kas sakrīt ar mentora pieredzes aprakstu.",
    one: "Vajadzības un mērķa aprakstā ir {count} vārds, kas sakrīt ar mentora pieredzes aprakstu.",
    other:
      "Vajadzības un mērķa aprakstā ir {count} vārdi, kas sakrīt ar mentora pieredzes aprakstu.",
  },
  {
    one: "{count} word of the need and goal also appears in the mentor's description.",
    other: "{count} words of the need and goal also appear in the mentor's description.",
  },
);

const DETAIL: Record<
  Criterion,
  (v: number, m: MenteeFeatures, t: MentorFeatures, f: Format) => Localized
> = {
  need_expertise: (_v, m, t) =>
    counted(m.topicCount, TOPICS_COVERED, { c: popcount(m.topics & t.topics) }),
  need_keywords: (_v, m, t) => counted(commonKeywords(m.keywords, t.keywords), KEYWORDS_IN_COMMON),
  role_support: (v, _m, _t, f) =>
    f === "reverse"
      ? v === 1
        ? localized(
            "Reversais mentorings: mentorējamā pusē ir vadītājs, un mentora pieteikumā norādīta gatavība mentorēt vadītāju.",
            "Reverse mentoring: the mentee is a leader and the mentor is willing to mentor a leader.",
          )
        : localized(
            "Reversajam mentoringam trūkst vadītāja vai gatavības.",
            "Reverse mentoring lacks a leader or willingness.",
          )
      : v === 1
        ? localized(
            "Mentors atbalsta mentorējamā lomu kategoriju.",
            "The mentor supports the mentee's role category.",
          )
        : localized(
            "Mentora pieteikumā mentorējamā lomu kategorija nav norādīta.",
            "The mentor did not name the mentee's role category.",
          ),
  format_fit: (v) =>
    localized(
      fill("Mentors piedāvā {p} no mentorējamā vēlamajiem formātiem.", { p: percent(v, "lv") }),
      fill("The mentor offers {p} of the mentee's preferred formats.", { p: percent(v, "en") }),
    ),
  language: (v) =>
    v === 0
      ? localized(
          "Mentors nerunā mentorējamā valodā.",
          "The mentor does not speak the mentee's language.",
        )
      : v === 1
        ? localized("Abiem ir viena saziņas valoda.", "Both prefer the same language.")
        : localized(
            "Mentors var mentorēt mentorējamā valodā, lai gan saziņai pieteikumā izvēlēta cita.",
            "The mentor can mentor in the mentee's language, though prefers another for e-mail.",
          ),
  availability: (_v, m, t) => {
    const common = popcount(m.slots & t.slots);
    return localized(
      fill("Kopīgi brīvie laiki: {c}.", { c: common }),
      fill("Time slots both can meet in: {c}.", { c: common }),
    );
  },
  public_private: (v) =>
    v === 1
      ? localized(
          "Privātā sektora mentors: publiskā un privātā sektora pieredzes apmaiņa.",
          "A private sector mentor: exchange between the public and the private sector.",
        )
      : localized("Publiskā sektora mentors.", "A public sector mentor."),
};

/** The full explanation of a pair's score; its points add up to exactly the score. */
export function explainPair(
  mentee: MenteeFeatures,
  mentor: MentorFeatures,
  format: Format,
  weights: Weights,
): PairScore {
  const values = criterionValues(mentee, mentor, format);
  const criteria = CRITERIA.map((criterion, i) => {
    const value = values[i] ?? 0;
    const weight = weights[criterion];
    return {
      criterion,
      weight,
      value,
      points: pointsOf(weight, value),
      detail: DETAIL[criterion](value, mentee, mentor, format),
    };
  });
  return { points: criteria.reduce((sum, c) => sum + c.points, 0), criteria };
}

/** Points (0-1000) as the 0-100 score people read, one decimal. */
export const toScore = (points: number) => Math.round(points) / 10;
