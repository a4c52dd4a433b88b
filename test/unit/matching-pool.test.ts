import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  conflictOf,
  formatConflict,
  pairConflict,
} from "../../shared/domain/matching/check-pair.js";
import { type MatchResult, matchPool } from "../../shared/domain/matching/match-pool.js";
import {
  type MatchMentee,
  type MatchMentor,
  type MenteeFeatures,
  type MentorFeatures,
  menteeFeatures,
  mentorFeatures,
} from "../../shared/domain/matching/pool-features.js";
import {
  DEFAULT_WEIGHTS,
  explainPair,
  makePairScorer,
} from "../../shared/domain/matching/score-pair.js";
import type { MenteeApplication, MentorApplication } from "../../shared/schemas/application.js";
import type { Weights } from "../../shared/schemas/matching.js";
import { FORMATS, type Format, TOPICS } from "../../shared/schemas/reference.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { randomPool, seeded } from "../fixtures/random-pool.js";
import { lpOptimum } from "./matching-lp.js";

const FORMAT_CODES = FORMATS.map((f) => f.code);
const SINGLE_FORMATS: Format[] = ["individual", "reverse", "on_demand"];
const LATVIAN_LETTER = /[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/;
const DEFAULT_MINIMUM_POINTS = 350; // minimum score 35 of 100, in tenths

interface Pool {
  mentees: MatchMentee[];
  mentors: MatchMentor[];
}

/** A seeded pool of every format, where some mentors already have mentees (less room). */
function mixedPool(seed: number, mentees: number, mentors: number, formats = FORMAT_CODES): Pool {
  const pool = randomPool({ mentees, mentors, seed, formats: [...formats], teamShare: 0.1 });
  const rnd = seeded(seed ^ 0x5bd1e995);
  for (const mentor of pool.mentors) {
    if (rnd.next() < 0.3) mentor.remainingCapacity = rnd.int(0, mentor.application.capacity);
  }
  return pool;
}

/** The pool's features, interned in one vocabulary, looked up by id. */
function featuresOf(pool: Pool) {
  const vocabulary = new Map<string, number>();
  const mentees = new Map(pool.mentees.map((m) => [m.id, menteeFeatures(m, vocabulary)]));
  const mentors = new Map(pool.mentors.map((t) => [t.id, mentorFeatures(t, vocabulary)]));
  return {
    mentee: (id: string) => mentees.get(id) as MenteeFeatures,
    mentor: (id: string) => mentors.get(id) as MentorFeatures,
  };
}

/**
 * The best a pair can be worth in any format it qualifies for (points, or -1): a relaxation
 * of everything matchPool does, so no run may exceed the assignment optimum over it.
 */
function loosestValue(
  m: MenteeFeatures,
  t: MentorFeatures,
  score: ReturnType<typeof makePairScorer>,
  minimum: number,
) {
  let best = -1;
  for (const format of FORMAT_CODES) {
    if (conflictOf(m, t, format)) continue;
    best = Math.max(best, score(m, t, format));
  }
  return best >= minimum ? best : -1;
}

/** Every property a result must have, checked from the pool and the result alone. */
function checkResult(
  pool: Pool,
  result: MatchResult,
  options: { weights?: Weights; minimumPoints?: number } = {},
) {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const minimumPoints = options.minimumPoints ?? DEFAULT_MINIMUM_POINTS;
  // Checked against explainPair point for point in matching-score.test.ts.
  const scorer = makePairScorer(weights);
  const f = featuresOf(pool);
  const menteeById = new Map(pool.mentees.map((m) => [m.id, m]));
  const mentorById = new Map(pool.mentors.map((t) => [t.id, t]));
  const { proposals, unplaced, quality } = result;

  // Each mentee exactly once: in one proposal or in the unplaced list.
  const placed = proposals.flatMap((p) => p.menteeIds);
  const left = unplaced.map((u) => u.menteeId);
  expect(new Set(placed).size, "a mentee in two proposals").toBe(placed.length);
  expect(new Set(left).size, "a mentee unplaced twice").toBe(left.length);
  for (const id of left) expect(placed.includes(id), `${id} placed and unplaced`).toBe(false);
  expect([...placed, ...left].sort()).toEqual(pool.mentees.map((m) => m.id).sort());

  // Capacity.
  const load = new Map<string, number>();
  for (const p of proposals) {
    expect(mentorById.has(p.mentorId)).toBe(true);
    load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + p.menteeIds.length);
  }
  for (const [id, taken] of load) {
    expect(taken, `mentor ${id} over capacity`).toBeLessThanOrEqual(
      mentorById.get(id)?.remainingCapacity ?? 0,
    );
  }

  // Teams as the pool defines them: team-format mentees by institution and team name.
  const teams = new Map<string, string[]>();
  for (const m of pool.mentees) {
    const a = m.application;
    if (!a.teamName || !a.preferredFormats.includes("team")) continue;
    const key = `${a.institutionName}|${a.teamName}`;
    teams.set(key, [...(teams.get(key) ?? []), m.id]);
  }

  // Per proposal, problems are collected (plain checks are much faster than an expect each)
  // and asserted once, so a failure lists all of them.
  const problems: string[] = [];
  const fail = (p: { format: string; mentorId: string; menteeIds: string[] }, what: string) =>
    problems.push(`${p.format} ${p.mentorId} <- ${p.menteeIds.join(",")}: ${what}`);
  for (const p of proposals) {
    const t = f.mentor(p.mentorId);
    const mentorApp = mentorById.get(p.mentorId)?.application as MentorApplication;
    const members = p.menteeIds.map((id) => menteeById.get(id)?.application as MenteeApplication);
    if (!FORMAT_CODES.includes(p.format)) fail(p, "unknown format");
    if (p.menteeIds.length === 0) fail(p, "no mentees");
    if (SINGLE_FORMATS.includes(p.format) && p.menteeIds.length !== 1) fail(p, "not one mentee");

    if (p.format === "group") {
      if (p.menteeIds.length < 3 || p.menteeIds.length > 6) fail(p, "group size");
      if (!mentorApp.formats.includes("group")) fail(p, "mentor does not offer groups");
      const category = members[0]?.roleCategory;
      const sameCategory = category !== "none" && members.every((a) => a.roleCategory === category);
      const commonTopic = TOPICS.some((topic) =>
        members.every((a) => a.needTopics.includes(topic.code)),
      );
      if (!sameCategory && !commonTopic) fail(p, "group shares no role category or topic");
      if (!members.every((a) => a.preferredFormats.includes("group"))) {
        fail(p, "a member does not want a group");
      }
    }

    if (p.format === "team") {
      const first = members[0] as MenteeApplication;
      const team = teams.get(`${first.institutionName}|${first.teamName}`) ?? [];
      if ([...p.menteeIds].sort().join() !== [...team].sort().join()) {
        fail(p, `not the whole team ${team.join(",")}`);
      }
      if (p.teamName !== first.teamName) fail(p, `team name ${p.teamName}`);
      if (!mentorApp.formats.includes("team")) fail(p, "mentor does not offer teams");
    } else if (p.teamName !== undefined) {
      fail(p, "team name outside a team");
    }

    // Hard rules, recomputed; the fit of each member, recomputed.
    let points = 0;
    if (p.explanation.map((e) => e.menteeId).join() !== p.menteeIds.join()) {
      fail(p, "explanation members differ");
    }
    for (const member of p.explanation) {
      const m = f.mentee(member.menteeId);
      const conflict = pairConflict(m, t) ?? formatConflict(m, t, p.format);
      if (conflict) fail(p, `${member.menteeId} breaks ${conflict}`);
      const expected = explainPair(m, t, p.format, weights);
      if (JSON.stringify(member.explanation) !== JSON.stringify(expected)) {
        fail(p, `${member.menteeId} explanation differs from explainPair`);
      }
      const sum = member.explanation.criteria.reduce((acc, c) => acc + c.points, 0);
      if (sum !== member.explanation.points) fail(p, `${member.menteeId} criteria do not add up`);
      if (Math.abs(member.score * 10 - sum) > 1e-9)
        fail(p, `${member.menteeId} score ${member.score}`);
      if (sum < minimumPoints) fail(p, `${member.menteeId} below the minimum (${sum})`);
      points += sum;
    }
    if (Math.abs(p.score - Math.round(points / p.menteeIds.length) / 10) > 1e-9) {
      fail(p, `score ${p.score} is not the average`);
    }

    // Alternatives: other mentors able to take the same mentees, best first, at most 5.
    if (p.alternatives.length > 5) fail(p, "more than 5 alternatives");
    const altIds = p.alternatives.map((a) => a.mentorId);
    if (altIds.includes(p.mentorId)) fail(p, "own mentor among the alternatives");
    if (new Set(altIds).size !== altIds.length) fail(p, "an alternative twice");
    for (let k = 1; k < p.alternatives.length; k++) {
      if ((p.alternatives[k - 1]?.score ?? 0) < (p.alternatives[k]?.score ?? 0)) {
        fail(p, "alternatives not sorted best first");
      }
    }
    const feasible = new Map<string, number>();
    for (const other of pool.mentors) {
      if (other.id === p.mentorId) continue;
      const o = f.mentor(other.id);
      if ((p.format === "group" || p.format === "team") && o.capacity < p.menteeIds.length) {
        continue;
      }
      const fits = p.menteeIds.map((id) => {
        const m = f.mentee(id);
        return conflictOf(m, o, p.format) ? -1 : scorer(m, o, p.format);
      });
      if (fits.some((v) => v < minimumPoints)) continue;
      feasible.set(other.id, Math.round(fits.reduce((a, b) => a + b, 0) / fits.length) / 10);
    }
    for (const a of p.alternatives) {
      const score = feasible.get(a.mentorId);
      if (score === undefined) fail(p, `alternative ${a.mentorId} cannot take these mentees`);
      else if (Math.abs(score - a.score) > 1e-9) fail(p, `alternative ${a.mentorId} score`);
    }
    // The alternatives are exactly the best of the feasible other mentors.
    const best = [...feasible.values()].sort((a, b) => b - a).slice(0, 5);
    if (p.alternatives.map((a) => a.score).join() !== best.join()) {
      fail(p, `alternatives ${p.alternatives.map((a) => a.score)} are not the best ${best}`);
    }
  }
  expect(problems).toEqual([]);

  // Unplaced entries carry a reason and a message in both languages.
  for (const u of unplaced) {
    expect(u.message.lv.length).toBeGreaterThan(0);
    expect(u.message.en.length).toBeGreaterThan(0);
    expect(u.message.lv).not.toBe(u.message.en);
  }

  // Quality report.
  const members = proposals.flatMap((p) =>
    p.explanation.map((e) => ({ ...e, mentorId: p.mentorId })),
  );
  expect(quality.menteesInPool).toBe(pool.mentees.length);
  expect(quality.mentorsInPool).toBe(pool.mentors.length);
  expect(quality.placed).toBe(placed.length);
  expect(quality.unplaced).toBe(left.length);
  expect(quality.placed + quality.unplaced).toBe(quality.menteesInPool);
  const total = members.reduce((acc, e) => acc + e.score, 0);
  expect(quality.totalScore).toBeCloseTo(total, 6);
  expect(quality.totalScore).toBeLessThanOrEqual(quality.upperBound + 1e-9);
  expect(quality.gapToUpperBound).toBeGreaterThanOrEqual(0);
  expect(quality.gapToUpperBound).toBeLessThanOrEqual(1);
  if (quality.upperBound > 0) {
    expect(quality.gapToUpperBound).toBeCloseTo(
      (quality.upperBound - quality.totalScore) / quality.upperBound,
      9,
    );
  }
  expect(quality.shareWithTop3Mentor).toBeGreaterThanOrEqual(0);
  expect(quality.shareWithTop3Mentor).toBeLessThanOrEqual(1);
  if (members.length === 0) {
    expect(quality.weakestPair).toBeUndefined();
  } else {
    const lowest = Math.min(...members.map((e) => e.score));
    expect(quality.weakestPair?.score).toBe(lowest);
    expect(
      members.some(
        (e) =>
          e.menteeId === quality.weakestPair?.menteeId &&
          e.mentorId === quality.weakestPair?.mentorId &&
          e.score === lowest,
      ),
    ).toBe(true);
  }
  const byFormat: Record<string, number> = {};
  for (const p of proposals) byFormat[p.format] = (byFormat[p.format] ?? 0) + 1;
  expect(quality.proposalsByFormat).toEqual(byFormat);

  // The upper bound cannot beat the loosest relaxation: every format allowed to every pair.
  const loose = lpOptimum({
    rows: pool.mentees.length,
    cols: pool.mentors.length,
    value: (r, c) =>
      loosestValue(
        f.mentee(pool.mentees[r]?.id as string),
        f.mentor(pool.mentors[c]?.id as string),
        scorer,
        minimumPoints,
      ),
    capacity: pool.mentors.map((t) => Math.max(0, t.remainingCapacity)),
  });
  expect(quality.upperBound * 10).toBeLessThanOrEqual(loose + 1e-6);
}

const poolArb = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  mentees: fc.integer({ min: 20, max: 80 }),
  mentors: fc.integer({ min: 5, max: 25 }),
});

describe("matchPool on seeded pools of every format", () => {
  it("places each mentee at most once, within capacity, by the rules of each format", {
    timeout: 60_000,
  }, () => {
    const seen = { group: 0, team: 0, single: 0 };
    fc.assert(
      fc.property(poolArb, ({ seed, mentees, mentors }) => {
        const pool = mixedPool(seed, mentees, mentors);
        const result = matchPool(pool.mentees, pool.mentors);
        checkResult(pool, result);
        for (const p of result.proposals) {
          if (p.format === "group") seen.group++;
          else if (p.format === "team") seen.team++;
          else seen.single++;
        }
      }),
      { numRuns: 60 },
    );
    // The properties above were exercised on every kind of proposal.
    expect(seen.group).toBeGreaterThan(0);
    expect(seen.team).toBeGreaterThan(0);
    expect(seen.single).toBeGreaterThan(0);
  });

  it("keeps the same properties with other weights and minimum scores", { timeout: 60_000 }, () => {
    const weightsArb = fc
      .array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 })
      .map((cuts) => {
        const sorted = [0, ...cuts.sort((a, b) => a - b), 100];
        const criteria = Object.keys(DEFAULT_WEIGHTS) as (keyof Weights)[];
        return Object.fromEntries(
          criteria.map((c, i) => [c, (sorted[i + 1] as number) - (sorted[i] as number)]),
        ) as Weights;
      });
    fc.assert(
      fc.property(
        poolArb,
        weightsArb,
        fc.constantFrom(0, 20, 35, 50),
        ({ seed, mentees, mentors }, weights, minimumScore) => {
          const pool = mixedPool(seed, mentees, mentors);
          const result = matchPool(pool.mentees, pool.mentors, { weights, minimumScore });
          checkResult(pool, result, { weights, minimumPoints: minimumScore * 10 });
        },
      ),
      { numRuns: 25 },
    );
  });

  it("reports an empty pool as empty", () => {
    const result = matchPool([], []);
    expect(result.proposals).toEqual([]);
    expect(result.unplaced).toEqual([]);
    expect(result.quality).toMatchObject({
      menteesInPool: 0,
      mentorsInPool: 0,
      placed: 0,
      unplaced: 0,
      totalScore: 0,
      upperBound: 0,
      gapToUpperBound: 0,
    });
    expect(result.quality.weakestPair).toBeUndefined();
  });
});

describe("matchPool on 1:1 pools is an exact optimum", () => {
  it("totals the HiGHS LP optimum over every allowed pair at or above the minimum", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 25, max: 35 }),
        fc.integer({ min: 10, max: 14 }),
        fc.constantFrom(35, 35, 0, 50),
        (seed, mentees, mentors, minimumScore) => {
          const pool = mixedPool(seed, mentees, mentors, ["individual"]);
          const result = matchPool(pool.mentees, pool.mentors, { minimumScore });
          const minimumPoints = minimumScore * 10;
          checkResult(pool, result, { minimumPoints });
          const f = featuresOf(pool);
          const optimum = lpOptimum({
            rows: pool.mentees.length,
            cols: pool.mentors.length,
            value: (r, c) => {
              const m = f.mentee(pool.mentees[r]?.id as string);
              const t = f.mentor(pool.mentors[c]?.id as string);
              if (pairConflict(m, t) || formatConflict(m, t, "individual")) return -1;
              const points = explainPair(m, t, "individual", DEFAULT_WEIGHTS).points;
              return points >= minimumPoints ? points : -1;
            },
            capacity: pool.mentors.map((t) => t.remainingCapacity),
          });
          const totalPoints = result.proposals
            .flatMap((p) => p.explanation)
            .reduce((acc, e) => acc + e.explanation.points, 0);
          expect(totalPoints).toBe(optimum);
          expect(Math.round(result.quality.totalScore * 10)).toBe(optimum);
          expect(Math.round(result.quality.upperBound * 10)).toBe(optimum);
          expect(result.quality.gapToUpperBound).toBe(0);
          for (const p of result.proposals) expect(p.format).toBe("individual");
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("matchPool never proposes a conflict of interest", () => {
  type Kind = "institution" | "domain" | "manager" | "same_person";
  const domainOf = (email: string) => email.split("@")[1] as string;

  /** Ties mentee to mentor by one conflict, and makes the pair otherwise a perfect fit. */
  function entangle(mentee: MatchMentee, mentor: MentorApplication, kind: Kind, k: number) {
    const a = mentee.application;
    a.language = mentor.language;
    mentor.languages = [...new Set([...mentor.languages, mentor.language])];
    a.needTopics = mentor.expertiseTopics.slice(0, 3);
    a.availability = [...mentor.availability];
    if (kind === "institution") {
      a.institutionName = `SIA „${mentor.organisation.toUpperCase()}”`;
    } else if (kind === "domain") {
      a.email = `kolega${k}@${domainOf(mentor.email).toUpperCase()}`;
    } else if (kind === "manager") {
      a.managerEmail = mentor.email.toUpperCase();
    } else {
      a.email = mentor.email;
    }
  }

  it("in seeded pools where some mentees share institution, domain or manager with a mentor", {
    timeout: 60_000,
  }, () => {
    const kinds: Kind[] = ["institution", "domain", "manager", "same_person"];
    let tested = 0;
    fc.assert(
      fc.property(poolArb, ({ seed, mentees, mentors }) => {
        const pool = mixedPool(seed, mentees, mentors);
        const rnd = seeded(seed ^ 0x2545f491);
        const entangled: [string, string][] = [];
        for (const [k, mentee] of pool.mentees.entries()) {
          if (mentee.application.teamName || rnd.next() > 0.4) continue;
          const mentor = rnd.pick(pool.mentors);
          mentor.application.sector = "private";
          entangle(mentee, mentor.application, rnd.pick(kinds), k);
          entangled.push([mentee.id, mentor.id]);
        }
        tested += entangled.length;
        const result = matchPool(pool.mentees, pool.mentors);
        checkResult(pool, result);
        for (const p of result.proposals) {
          for (const id of p.menteeIds) {
            const forbidden = entangled.filter(([m]) => m === id).map(([, t]) => t);
            expect(forbidden, `${id} with ${p.mentorId}`).not.toContain(p.mentorId);
            for (const a of p.alternatives) expect(forbidden).not.toContain(a.mentorId);
          }
        }
      }),
      { numRuns: 30 },
    );
    expect(tested).toBeGreaterThan(100);
  });

  it("passes over the best-fitting mentor when it is in conflict, for each kind of conflict", () => {
    for (const kind of ["institution", "domain", "manager", "same_person"] as Kind[]) {
      const best = validMentor({
        email: "janis@datu-darbnica.lv",
        organisation: "Datu Darbnīca",
        sector: "private",
        formats: ["individual"],
      });
      const weaker = validMentor({
        email: "anna@cits.lv",
        organisation: "Cits birojs",
        sector: "public",
        formats: ["individual"],
        expertiseTopics: ["ux_design"],
      });
      const mentee: MatchMentee = {
        id: "p0",
        application: validMentee({
          email: "liga@vid.gov.lv",
          preferredFormats: ["individual"],
        }),
      };
      entangle(mentee, best, kind, 0);
      const mentors = [
        { id: "best", application: best, remainingCapacity: 3 },
        { id: "weaker", application: weaker, remainingCapacity: 3 },
      ];
      const pool = { mentees: [mentee], mentors };
      // Without the conflict the best mentor would win: check the fits directly.
      const result = matchPool([mentee], mentors, { minimumScore: 0 });
      checkResult(pool, result, { minimumPoints: 0 });
      expect(
        result.proposals.map((p) => p.mentorId),
        kind,
      ).toEqual(["weaker"]);
      expect(result.proposals[0]?.alternatives, kind).toEqual([]);
      // Alone, the conflicting mentor leaves the mentee unplaced.
      const alone = matchPool([mentee], [mentors[0] as MatchMentor], { minimumScore: 0 });
      expect(alone.proposals, kind).toEqual([]);
      expect(
        alone.unplaced.map((u) => u.reason),
        kind,
      ).toEqual(["no_compatible_mentor"]);
    }
  });
});

describe("why mentees stay unplaced", () => {
  const mentor = (id: string, overrides: Partial<MentorApplication> = {}, remaining = 3) => ({
    id,
    application: validMentor(overrides),
    remainingCapacity: remaining,
  });
  const mentee = (id: string, overrides: Partial<MenteeApplication> = {}): MatchMentee => ({
    id,
    application: validMentee(overrides),
  });
  const reasons = (result: MatchResult) =>
    Object.fromEntries(result.unplaced.map((u) => [u.menteeId, u.reason]));

  it("no mentor speaks the mentee's language: no_compatible_mentor", () => {
    const mentees = [mentee("en", { language: "en" }), mentee("lv", { language: "lv" })];
    const mentors = [
      mentor("a", { languages: ["lv"], language: "lv" }),
      mentor("b", { languages: ["lv"], language: "lv" }),
    ];
    const result = matchPool(mentees, mentors);
    checkResult({ mentees, mentors }, result);
    expect(reasons(result)).toEqual({ en: "no_compatible_mentor" });
    expect(result.proposals.map((p) => p.menteeIds)).toEqual([["lv"]]);
    const message = result.unplaced[0]?.message;
    expect(message?.en.toLowerCase()).toContain("language");
    expect(message?.lv).toMatch(LATVIAN_LETTER);
  });

  it("more mentees than places with identical fits: the rest are full or fit less overall", () => {
    const same = { preferredFormats: ["individual" as const] };
    const mentees = Array.from({ length: 5 }, (_, i) => mentee(`p${i}`, same));
    const mentors = [mentor("a", { formats: ["individual"], capacity: 2 }, 2)];
    const result = matchPool(mentees, mentors);
    checkResult({ mentees, mentors }, result);
    expect(result.proposals).toHaveLength(2);
    expect(result.unplaced).toHaveLength(3);
    // The only mentor is full: that is the reason, not a better fit elsewhere.
    for (const u of result.unplaced) expect(u.reason).toBe("mentors_full");
  });

  it("alternatives report the places each mentor has left after the run", () => {
    const same = { preferredFormats: ["individual" as const] };
    const mentees = Array.from({ length: 4 }, (_, i) => mentee(`p${i}`, same));
    const mentors = [
      mentor("a", { formats: ["individual"], capacity: 2 }, 2),
      mentor("b", { formats: ["individual"], capacity: 3, sector: "public" }, 3),
    ];
    const result = matchPool(mentees, mentors);
    checkResult({ mentees, mentors }, result);
    const taken = new Map<string, number>();
    for (const p of result.proposals)
      taken.set(p.mentorId, (taken.get(p.mentorId) ?? 0) + p.menteeIds.length);
    for (const p of result.proposals) {
      for (const alternative of p.alternatives) {
        const own = mentors.find((m) => m.id === alternative.mentorId);
        expect(alternative.remainingCapacity).toBe(
          (own?.remainingCapacity ?? 0) - (taken.get(alternative.mentorId) ?? 0),
        );
      }
    }
    expect(result.proposals.some((p) => p.alternatives.length > 0)).toBe(true);
  });

  it("a lone mentee who wants only a group: group_not_formed", () => {
    const mentees = [mentee("p0", { preferredFormats: ["group"] })];
    const mentors = [mentor("a", { formats: ["individual", "group"], capacity: 6 }, 6)];
    const result = matchPool(mentees, mentors);
    checkResult({ mentees, mentors }, result);
    expect(result.proposals).toEqual([]);
    expect(reasons(result)).toEqual({ p0: "group_not_formed" });
  });

  it("three group-only mentees sharing a need form a group; three sharing nothing do not", () => {
    const mentors = [
      mentor(
        "a",
        {
          formats: ["group"],
          capacity: 6,
          expertiseTopics: ["data_analytics", "ai", "ux_design", "cybersecurity"],
          supportedRoleCategories: ["key", "collaboration", "user"],
        },
        6,
      ),
    ];
    const sharing = [
      mentee("s0", { preferredFormats: ["group"], needTopics: ["data_analytics", "ai"] }),
      mentee("s1", {
        preferredFormats: ["group"],
        needTopics: ["data_analytics"],
        roleCategory: "key",
        jobRole: "digital_services_expert",
      }),
      mentee("s2", {
        preferredFormats: ["group"],
        needTopics: ["data_analytics", "ux_design"],
        roleCategory: "user",
        jobRole: "lawyer",
      }),
    ];
    const formed = matchPool(sharing, mentors);
    checkResult({ mentees: sharing, mentors }, formed);
    expect(formed.proposals).toHaveLength(1);
    expect(formed.proposals[0]?.format).toBe("group");
    expect([...(formed.proposals[0]?.menteeIds ?? [])].sort()).toEqual(["s0", "s1", "s2"]);

    const apart = [
      mentee("d0", { preferredFormats: ["group"], needTopics: ["data_analytics"] }),
      mentee("d1", {
        preferredFormats: ["group"],
        needTopics: ["ai"],
        roleCategory: "key",
        jobRole: "digital_services_expert",
      }),
      mentee("d2", {
        preferredFormats: ["group"],
        needTopics: ["ux_design"],
        roleCategory: "user",
        jobRole: "lawyer",
      }),
    ];
    const notFormed = matchPool(apart, mentors, { minimumScore: 0 });
    checkResult({ mentees: apart, mentors }, notFormed, { minimumPoints: 0 });
    expect(notFormed.proposals).toEqual([]);
    expect(reasons(notFormed)).toEqual({
      d0: "group_not_formed",
      d1: "group_not_formed",
      d2: "group_not_formed",
    });
  });

  it("a team of one that wants only team mentoring: team_incomplete; a team of two is placed", () => {
    const mentors = [mentor("a", { formats: ["individual", "team"], capacity: 4 }, 4)];
    const lone = [mentee("p0", { preferredFormats: ["team"], teamName: "Datu komanda" })];
    const result = matchPool(lone, mentors);
    checkResult({ mentees: lone, mentors }, result);
    expect(result.proposals).toEqual([]);
    expect(reasons(result)).toEqual({ p0: "team_incomplete" });

    const pair = [
      mentee("p0", { preferredFormats: ["team"], teamName: "Datu komanda" }),
      mentee("p1", { preferredFormats: ["team"], teamName: "Datu komanda" }),
    ];
    const placed = matchPool(pair, mentors);
    checkResult({ mentees: pair, mentors }, placed);
    expect(placed.proposals).toHaveLength(1);
    expect(placed.proposals[0]).toMatchObject({
      format: "team",
      mentorId: "a",
      teamName: "Datu komanda",
    });
  });

  it("mentors who meet the rules but fit too little: no_good_fit", () => {
    const mentees = [
      mentee("p0", {
        preferredFormats: ["individual"],
        needTopics: ["procurement"],
        availability: ["mon_morning"],
        roleCategory: "user",
        jobRole: "lawyer",
      }),
    ];
    const mentors = [
      mentor("a", {
        formats: ["individual"],
        sector: "public",
        expertiseTopics: ["ai"],
        availability: ["fri_evening"],
        supportedRoleCategories: ["key"],
      }),
    ];
    const result = matchPool(mentees, mentors);
    checkResult({ mentees, mentors }, result);
    expect(reasons(result)).toEqual({ p0: "no_good_fit" });
    // With no minimum the same pair is proposed.
    const lenient = matchPool(mentees, mentors, { minimumScore: 0 });
    expect(lenient.proposals.map((p) => p.mentorId)).toEqual(["a"]);
  });
});
