import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_THRESHOLDS,
  evaluateHealth,
  HEALTH_MESSAGES,
  type HealthFinding,
  type HealthInput,
  type HealthThresholds,
  type HealthVerdict,
  healthReasonSchema,
  resolveThresholds,
} from "../../shared/domain/evaluate-health.js";
import {
  type Checkpoint,
  checkpointSchema,
  escalationReasonSchema,
  type Reflection,
  reflectionSchema,
  type Session,
  sessionSchema,
} from "../../shared/schemas/workflow.js";

const LATVIAN_DIACRITIC = /[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/;
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse("2025-03-01T12:00:00.000Z");
const MENTOR = "mentor-1";
const MENTEE = "mentee-1";
const REL = "rel-1";

const at = (ms: number) => new Date(ms).toISOString();

function session(number: number, endedDaysAgo: number, held?: "yes" | "no"): Session {
  const endsAt = NOW - endedDaysAgo * DAY;
  return sessionSchema.parse({
    number,
    startsAt: at(endsAt - 2 * 60 * 60 * 1000),
    endsAt: at(endsAt),
    remindAt: at(endsAt - 26 * 60 * 60 * 1000),
    ...(held ? { held } : {}),
  });
}

type Ratings = Partial<Pick<Reflection, "valueRating" | "ideasRating" | "safetyRating" | "held">>;

function reflection(participantId: string, sessionNumber: number, over: Ratings = {}): Reflection {
  return reflectionSchema.parse({
    relationshipId: REL,
    session: sessionNumber,
    participantId,
    held: "yes",
    valueRating: 6,
    ideasRating: 6,
    safetyRating: 6,
    shareWithCoordinator: false,
    submittedAt: at(NOW - 2 * DAY),
    ...over,
  });
}

function checkpoint(
  participantId: string,
  sessionNumber: number,
  progress: Record<string, number>,
): Checkpoint {
  return checkpointSchema.parse({
    relationshipId: REL,
    session: sessionNumber,
    participantId,
    progress,
    planChangeNeeded: false,
    submittedAt: at(NOW - 2 * DAY),
  });
}

/**
 * A relationship going well: started 30 days ago, session 1 ended 20 days ago and session 2
 * 3 days ago, both held and reflected on by both, progress moving, session 3 ahead.
 */
function healthy(): HealthInput {
  return {
    now: new Date(NOW),
    participants: [MENTOR, MENTEE],
    sessions: [session(1, 20), session(2, 3), session(3, -14)],
    reflections: [
      reflection(MENTOR, 1),
      reflection(MENTEE, 1),
      reflection(MENTOR, 2),
      reflection(MENTEE, 2),
    ],
    checkpoints: [
      checkpoint(MENTEE, 1, { g1: 10, g2: 0 }),
      checkpoint(MENTEE, 2, { g1: 30, g2: 20 }),
    ],
    bouncedParticipants: [],
    relationshipStartedAt: new Date(NOW - 30 * DAY),
  };
}

/** Replaces the reflection of (participant, session) or drops it when `over` is null. */
function withReflection(
  input: HealthInput,
  participantId: string,
  sessionNumber: number,
  over: Ratings | null,
): HealthInput {
  const others = input.reflections.filter(
    (r) => !(r.participantId === participantId && r.session === sessionNumber),
  );
  return {
    ...input,
    reflections: over ? [...others, reflection(participantId, sessionNumber, over)] : others,
  };
}

const reasons = (verdict: HealthVerdict) => verdict.findings.map((f) => f.reason);

/** Asserts that exactly one finding came out, with its reason, severity and detail. */
function expectOnly(
  verdict: HealthVerdict,
  reason: HealthFinding["reason"],
  severity: HealthFinding["severity"],
  detail: HealthFinding["detail"],
): HealthFinding {
  expect(reasons(verdict)).toEqual([reason]);
  const [only] = verdict.findings;
  expect(only?.severity).toBe(severity);
  expect(only?.detail).toEqual(detail);
  expect(verdict.verdict).toBe("escalate");
  expect(only?.message.lv).toMatch(LATVIAN_DIACRITIC);
  expect(only?.message.lv).not.toContain("{");
  expect(only?.message.en).not.toContain("{");
  return only as HealthFinding;
}

/** The detail of a finding about one person's rating of session 2. */
const ratingOfSession2 = (
  participantId: string,
  rating: Exclude<keyof Ratings, "held">,
  value: number,
  threshold: number,
) => ({ participantId, session: 2, rating, value, threshold });

describe("the thresholds", () => {
  it("default to the programme's figures", () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      reflectionMissingDays: 7,
      notHeldInARow: 2,
      noSessionHeldDays: 45,
      lowRating: 4,
      ratingDrop: 3,
      unsafeRating: 4,
      stalledCheckpoints: 2,
    });
  });

  it("fall back to the defaults for unset values and raise meaningless counts", () => {
    expect(resolveThresholds({ lowRating: 6, ratingDrop: undefined })).toEqual({
      ...DEFAULT_THRESHOLDS,
      lowRating: 6,
    });
    expect(resolveThresholds({ ratingDrop: 0, stalledCheckpoints: 1, notHeldInARow: 0 })).toEqual({
      ...DEFAULT_THRESHOLDS,
      ratingDrop: 1,
      stalledCheckpoints: 2,
      notHeldInARow: 1,
    });
    expect(resolveThresholds({ noSessionHeldDays: Number.NaN })).toEqual(DEFAULT_THRESHOLDS);
  });
});

describe("a healthy relationship", () => {
  it("continues on track", () => {
    expect(evaluateHealth(healthy())).toEqual({
      verdict: "continue",
      health: "on_track",
      findings: [],
    });
  });

  it("continues with no sessions yet, shortly after the start", () => {
    const input = { ...healthy(), sessions: [], reflections: [], checkpoints: [] };
    expect(evaluateHealth(input).verdict).toBe("continue");
  });
});

describe("reflection_missing", () => {
  it("fires for a participant without a reflection on a long-ended session", () => {
    const verdict = evaluateHealth(withReflection(healthy(), MENTEE, 1, null));
    expectOnly(verdict, "reflection_missing", "medium", {
      participantId: MENTEE,
      session: 1,
      daysSinceEnd: 20,
      thresholdDays: 7,
    });
    expect(verdict.health).toBe("at_risk");
  });

  it("fires exactly at 7 days after the end, not a millisecond before", () => {
    const base = { ...healthy(), sessions: [session(1, 20), session(2, 7)] };
    const input = withReflection(base, MENTEE, 2, null);
    expect(reasons(evaluateHealth(input))).toEqual(["reflection_missing"]);
    const earlier = { ...input, now: new Date(NOW - 1) };
    expect(evaluateHealth(earlier).findings).toEqual([]);
  });

  it("still wants a reflection on a session reported not held", () => {
    const base = withReflection(healthy(), MENTOR, 1, { held: "no" });
    const verdict = evaluateHealth(withReflection(base, MENTEE, 1, null));
    expect(reasons(verdict)).toEqual(["reflection_missing"]);
  });

  it("counts only the listed participants and sessions that have ended", () => {
    const input = { ...healthy(), participants: [MENTOR, MENTEE, "mentee-2"] };
    const verdict = evaluateHealth(input);
    // Session 1 only: session 2 ended 3 days ago, session 3 is ahead.
    expect(verdict.findings.map((f) => [f.detail.participantId, f.detail.session])).toEqual([
      ["mentee-2", 1],
    ]);
  });
});

describe("sessions_not_held", () => {
  it("fires when the last two ended sessions were reported not held", () => {
    const input = {
      ...healthy(),
      reflections: [1, 2].flatMap((n) => [
        reflection(MENTOR, n, { held: "no" }),
        reflection(MENTEE, n, { held: "no" }),
      ]),
    };
    const verdict = evaluateHealth(input);
    expectOnly(verdict, "sessions_not_held", "medium", {
      inARow: 2,
      sessions: "1,2",
      lastSession: 2,
      threshold: 2,
    });
    expect(verdict.health).toBe("stalled");
  });

  it("counts one 'no' or the session's own mark as not held", () => {
    const oneSaysNo = withReflection(healthy(), MENTEE, 2, { held: "no" });
    const input = {
      ...oneSaysNo,
      sessions: [session(1, 20, "no"), session(2, 3), session(3, -14)],
    };
    expect(reasons(evaluateHealth(input))).toEqual(["sessions_not_held"]);
  });

  it("does not fire for one not held in a row, or when a held session breaks the run", () => {
    const lastOnly = withReflection(healthy(), MENTOR, 2, { held: "no" });
    expect(evaluateHealth(lastOnly).findings).toEqual([]);
    const firstOnly = withReflection(healthy(), MENTOR, 1, { held: "no" });
    expect(evaluateHealth(firstOnly).findings).toEqual([]);
  });

  it("reports the whole run when it is longer than the threshold", () => {
    const input = {
      ...healthy(),
      sessions: [session(1, 20, "no"), session(2, 10, "no"), session(3, 3, "no")],
    };
    const verdict = evaluateHealth(input);
    expect(verdict.findings.find((f) => f.reason === "sessions_not_held")?.detail).toMatchObject({
      inARow: 3,
      sessions: "1,2,3",
    });
  });
});

describe("no_session_held", () => {
  it("fires 45 days after the start when no session was ever held", () => {
    const input = {
      ...healthy(),
      sessions: [],
      reflections: [],
      checkpoints: [],
      relationshipStartedAt: new Date(NOW - 45 * DAY),
    };
    const verdict = evaluateHealth(input);
    expectOnly(verdict, "no_session_held", "medium", {
      daysWithoutSession: 45,
      countedFrom: "relationship_start",
      thresholdDays: 45,
    });
    expect(verdict.health).toBe("stalled");
    const oneStepInside = { ...input, relationshipStartedAt: new Date(NOW - 45 * DAY + 1) };
    expect(evaluateHealth(oneStepInside).findings).toEqual([]);
  });

  it("counts from the end of the last held session", () => {
    const input: HealthInput = {
      ...healthy(),
      sessions: [session(1, 45)],
      reflections: [reflection(MENTOR, 1), reflection(MENTEE, 1)],
      checkpoints: [],
      relationshipStartedAt: new Date(NOW - 100 * DAY),
    };
    expectOnly(evaluateHealth(input), "no_session_held", "medium", {
      daysWithoutSession: 45,
      countedFrom: "last_held_session",
      lastHeldSession: 1,
      thresholdDays: 45,
    });
    const oneStepInside = { ...input, now: new Date(NOW - 1) };
    expect(evaluateHealth(oneStepInside).findings).toEqual([]);
  });

  it("takes one 'yes' as held", () => {
    const input: HealthInput = {
      ...healthy(),
      sessions: [session(1, 60), session(2, 44)],
      reflections: [
        reflection(MENTOR, 1),
        reflection(MENTEE, 1),
        reflection(MENTOR, 2, { held: "no" }),
        reflection(MENTEE, 2, { held: "yes" }),
      ],
      checkpoints: [],
      relationshipStartedAt: new Date(NOW - 100 * DAY),
    };
    expect(evaluateHealth(input).findings).toEqual([]);
  });
});

describe("ratings", () => {
  it("low_rating fires for a rating at the threshold in the latest reflection", () => {
    const verdict = evaluateHealth(withReflection(healthy(), MENTEE, 2, { valueRating: 4 }));
    expectOnly(verdict, "low_rating", "medium", ratingOfSession2(MENTEE, "valueRating", 4, 4));
    expect(verdict.health).toBe("at_risk");
    const oneAbove = withReflection(healthy(), MENTEE, 2, { valueRating: 5 });
    expect(evaluateHealth(oneAbove).findings).toEqual([]);
  });

  it("judges only each person's latest reflection", () => {
    const oldLow = withReflection(healthy(), MENTOR, 1, { ideasRating: 1, safetyRating: 1 });
    // 1 -> 6 is a rise, and session 1 is no longer the latest: nothing to report.
    expect(evaluateHealth(oldLow).findings).toEqual([]);
  });

  it("felt_unsafe fires with high severity instead of low_rating", () => {
    const verdict = evaluateHealth(withReflection(healthy(), MENTOR, 2, { safetyRating: 4 }));
    const only = expectOnly(
      verdict,
      "felt_unsafe",
      "high",
      ratingOfSession2(MENTOR, "safetyRating", 4, 4),
    );
    expect(only.message.lv).toContain("drošības");
    expect(verdict.health).toBe("stalled");
    const oneAbove = withReflection(healthy(), MENTOR, 2, { safetyRating: 5 });
    expect(evaluateHealth(oneAbove).findings).toEqual([]);
  });

  it("rating_drop fires for a fall of 3 from the same person's previous rating", () => {
    const base = withReflection(healthy(), MENTEE, 1, { ideasRating: 9 });
    const verdict = evaluateHealth(base);
    expectOnly(verdict, "rating_drop", "medium", {
      participantId: MENTEE,
      session: 2,
      rating: "ideasRating",
      value: 6,
      previousSession: 1,
      previous: 9,
      drop: 3,
      threshold: 3,
    });
    expect(verdict.health).toBe("at_risk");
    const fallOfTwo = withReflection(healthy(), MENTEE, 1, { ideasRating: 8 });
    expect(evaluateHealth(fallOfTwo).findings).toEqual([]);
  });

  it("rating_drop compares with the previous reflection by session number, not by order", () => {
    const input = {
      ...healthy(),
      sessions: [session(1, 30), session(2, 20), session(3, 3)],
      reflections: [
        reflection(MENTEE, 3, { valueRating: 5 }),
        reflection(MENTEE, 1, { valueRating: 5 }),
        reflection(MENTEE, 2, { valueRating: 9 }),
      ],
      participants: [MENTEE],
    };
    const verdict = evaluateHealth(input);
    expect(reasons(verdict)).toEqual(["rating_drop"]);
    expect(verdict.findings[0]?.detail).toMatchObject({ previousSession: 2, session: 3, drop: 4 });
  });

  it("a sharp fall into an unsafe rating gives both felt_unsafe and rating_drop", () => {
    const base = withReflection(healthy(), MENTOR, 1, { safetyRating: 9 });
    const verdict = evaluateHealth(withReflection(base, MENTOR, 2, { safetyRating: 2 }));
    expect(reasons(verdict)).toEqual(["felt_unsafe", "rating_drop"]);
  });
});

describe("progress_stalled", () => {
  it("fires when a goal is unchanged across the person's last two checkpoints", () => {
    const input = {
      ...healthy(),
      checkpoints: [
        checkpoint(MENTEE, 1, { g1: 30, g2: 0 }),
        checkpoint(MENTEE, 2, { g1: 30, g2: 20 }),
      ],
    };
    const verdict = evaluateHealth(input);
    expectOnly(verdict, "progress_stalled", "medium", {
      participantId: MENTEE,
      goal: "g1",
      value: 30,
      checkpoints: 2,
      sessions: "1,2",
    });
    expect(verdict.health).toBe("stalled");
  });

  it("does not fire for a change of one point, a finished goal or a single checkpoint", () => {
    const moved = [checkpoint(MENTEE, 1, { g1: 30 }), checkpoint(MENTEE, 2, { g1: 31 })];
    expect(evaluateHealth({ ...healthy(), checkpoints: moved }).findings).toEqual([]);
    const done = [checkpoint(MENTEE, 1, { g1: 100 }), checkpoint(MENTEE, 2, { g1: 100 })];
    expect(evaluateHealth({ ...healthy(), checkpoints: done }).findings).toEqual([]);
    const single = [checkpoint(MENTEE, 2, { g1: 0 })];
    expect(evaluateHealth({ ...healthy(), checkpoints: single }).findings).toEqual([]);
  });

  it("compares per person, not across people", () => {
    const checkpoints = [checkpoint(MENTOR, 1, { g1: 30 }), checkpoint(MENTEE, 2, { g1: 30 })];
    expect(evaluateHealth({ ...healthy(), checkpoints }).findings).toEqual([]);
  });

  it("a goal left out of an earlier checkpoint is not evidence of standing still", () => {
    const checkpoints = [checkpoint(MENTEE, 1, { g2: 5 }), checkpoint(MENTEE, 2, { g1: 0, g2: 6 })];
    expect(evaluateHealth({ ...healthy(), checkpoints }).findings).toEqual([]);
  });
});

describe("email_bounced", () => {
  it("fires once per bounced participant", () => {
    const input = { ...healthy(), bouncedParticipants: [MENTEE, MENTEE] };
    const verdict = evaluateHealth(input);
    expectOnly(verdict, "email_bounced", "medium", { participantId: MENTEE });
    expect(verdict.health).toBe("at_risk");
  });
});

/**
 * A relationship where every rule fires: started 200 days ago, session 1 held 100 days ago,
 * sessions 2 and 3 not held, the mentee silent on session 3, the mentor's latest ratings
 * low and unsafe, the mentee's goal stuck, the mentee's e-mail bouncing.
 */
function everythingWrong(text = "marker"): HealthInput {
  const texts = {
    mostValuable: text,
    stillUnclear: text,
    tryBeforeNext: text,
    todayUnderstood: text,
    nextTimeDeeper: text,
    shareWithCoordinator: true,
  };
  const withText = (r: Reflection): Reflection => ({ ...r, ...texts });
  return {
    now: new Date(NOW),
    participants: [MENTOR, MENTEE],
    // Ratings come only with a session held (a session not held has none to judge).
    sessions: [session(1, 100), session(2, 60), session(3, 55), session(4, 50)],
    reflections: [
      reflection(MENTOR, 1, { valueRating: 9, ideasRating: 9, safetyRating: 9 }),
      reflection(MENTEE, 1),
      reflection(MENTOR, 2, { valueRating: 3, ideasRating: 9, safetyRating: 2 }),
      reflection(MENTEE, 2, { held: "no" }),
      reflection(MENTOR, 3, { held: "no" }),
      reflection(MENTEE, 3, { held: "no" }),
      reflection(MENTOR, 4, { held: "no" }),
    ].map(withText),
    checkpoints: [
      { ...checkpoint(MENTEE, 1, { g1: 40 }), keyInsight: text },
      { ...checkpoint(MENTEE, 2, { g1: 40 }), keyInsight: text },
    ],
    bouncedParticipants: [MENTEE],
    relationshipStartedAt: new Date(NOW - 200 * DAY),
  };
}

describe("all rules together", () => {
  it("every rule fires, high severity first, then by reason", () => {
    const verdict = evaluateHealth(everythingWrong());
    expect(verdict.verdict).toBe("escalate");
    expect(verdict.health).toBe("stalled");
    expect(reasons(verdict)).toEqual([
      "felt_unsafe",
      "reflection_missing",
      "sessions_not_held",
      "no_session_held",
      "low_rating",
      "rating_drop",
      "rating_drop",
      "progress_stalled",
      "email_bounced",
    ]);
    expect(new Set(reasons(verdict))).toEqual(new Set(healthReasonSchema.options));
    for (const finding of verdict.findings) {
      expect(escalationReasonSchema.safeParse(finding.reason).success).toBe(true);
    }
  });

  it("never lets reflection or checkpoint text into a finding", () => {
    const marker = "SECRET-REFLECTION-TEXT-7f3a";
    const verdict = evaluateHealth(everythingWrong(marker));
    expect(verdict.findings.length).toBeGreaterThan(5);
    expect(JSON.stringify(verdict)).not.toContain(marker);
  });

  it("writes every message in Latvian with diacritics and in English, all placeholders filled", () => {
    const verdict = evaluateHealth(everythingWrong());
    for (const finding of verdict.findings) {
      expect(finding.message.lv).toMatch(LATVIAN_DIACRITIC);
      expect(finding.message.en).not.toBe(finding.message.lv);
      expect(`${finding.message.lv} ${finding.message.en}`).not.toMatch(/[{}]/);
    }
    for (const reason of healthReasonSchema.options) {
      expect(HEALTH_MESSAGES[reason].lv).toMatch(LATVIAN_DIACRITIC);
    }
  });
});

describe("custom thresholds", () => {
  it("change which rules fire", () => {
    const missingRecent = withReflection(healthy(), MENTEE, 2, null);
    expect(evaluateHealth(missingRecent).findings).toEqual([]);
    expect(reasons(evaluateHealth(missingRecent, { reflectionMissingDays: 3 }))).toEqual([
      "reflection_missing",
    ]);

    // Base ratings are 6: a stricter low-rating line flags all three for both people.
    const strict = evaluateHealth(healthy(), { lowRating: 6, unsafeRating: 1 });
    expect(reasons(strict)).toEqual(Array(6).fill("low_rating"));

    const safety4 = withReflection(healthy(), MENTOR, 2, { safetyRating: 4 });
    expect(reasons(evaluateHealth(safety4, { unsafeRating: 3 }))).toEqual(["low_rating"]);
    expect(evaluateHealth(safety4, { unsafeRating: 3, lowRating: 3 }).findings).toEqual([]);

    const lastNotHeld = withReflection(healthy(), MENTOR, 2, { held: "no" });
    expect(reasons(evaluateHealth(lastNotHeld, { notHeldInARow: 1 }))).toEqual([
      "sessions_not_held",
    ]);

    const fallOfTwo = withReflection(healthy(), MENTEE, 1, { ideasRating: 8 });
    expect(reasons(evaluateHealth(fallOfTwo, { ratingDrop: 2 }))).toEqual(["rating_drop"]);

    const twoEqual = {
      ...healthy(),
      checkpoints: [checkpoint(MENTEE, 1, { g1: 30 }), checkpoint(MENTEE, 2, { g1: 30 })],
    };
    expect(evaluateHealth(twoEqual, { stalledCheckpoints: 3 }).findings).toEqual([]);

    expect(reasons(evaluateHealth(healthy(), { noSessionHeldDays: 3 }))).toEqual([
      "no_session_held",
    ]);
  });
});

describe("properties", () => {
  const ids = ["a", "b", "c"];
  const offsetDays = fc.integer({ min: -20 * DAY, max: 120 * DAY });
  const rating = fc.integer({ min: 1, max: 10 });
  const text = fc.option(fc.string(), { nil: undefined });

  const sessionArb = fc
    .record({
      number: fc.integer({ min: 1, max: 6 }),
      endedAgo: offsetDays,
      held: fc.option(fc.constantFrom("yes" as const, "no" as const), { nil: undefined }),
    })
    .map(({ number, endedAgo, held }) => ({
      number,
      startsAt: at(NOW - endedAgo - 3_600_000),
      endsAt: at(NOW - endedAgo),
      remindAt: at(NOW - endedAgo - DAY),
      ...(held ? { held } : {}),
    }));

  const reflectionArb: fc.Arbitrary<Reflection> = fc.record({
    relationshipId: fc.constant(REL),
    session: fc.integer({ min: 1, max: 6 }),
    participantId: fc.constantFrom(...ids, "x"),
    held: fc.constantFrom("yes" as const, "no" as const),
    valueRating: rating,
    ideasRating: rating,
    safetyRating: rating,
    mostValuable: text,
    stillUnclear: text,
    tryBeforeNext: text,
    todayUnderstood: text,
    nextTimeDeeper: text,
    shareWithCoordinator: fc.boolean(),
    submittedAt: offsetDays.map((ms) => at(NOW - ms)),
  });

  const checkpointArb: fc.Arbitrary<Checkpoint> = fc.record({
    relationshipId: fc.constant(REL),
    session: fc.integer({ min: 1, max: 6 }),
    participantId: fc.constantFrom(...ids),
    progress: fc.dictionary(
      fc.constantFrom("g1", "g2"),
      // Few values, so repeated progress (a stall) comes up often.
      fc.oneof(fc.constantFrom(0, 50, 100), fc.integer({ min: 0, max: 100 })),
    ),
    keyInsight: text,
    planChangeNeeded: fc.boolean(),
    submittedAt: offsetDays.map((ms) => at(NOW - ms)),
  });

  const thresholdsArb: fc.Arbitrary<Partial<HealthThresholds>> = fc.record(
    {
      reflectionMissingDays: fc.integer({ min: 0, max: 60 }),
      notHeldInARow: fc.integer({ min: 0, max: 4 }),
      noSessionHeldDays: fc.integer({ min: 0, max: 120 }),
      lowRating: fc.integer({ min: 0, max: 10 }),
      ratingDrop: fc.integer({ min: 0, max: 9 }),
      unsafeRating: fc.integer({ min: 0, max: 10 }),
      stalledCheckpoints: fc.integer({ min: 0, max: 4 }),
    },
    { requiredKeys: [] },
  );

  const inputArb: fc.Arbitrary<HealthInput> = fc.record({
    now: fc.constant(new Date(NOW)),
    participants: fc.subarray(ids),
    sessions: fc.array(sessionArb, { maxLength: 6 }),
    reflections: fc.array(reflectionArb, { maxLength: 14 }),
    checkpoints: fc.array(checkpointArb, { maxLength: 8 }),
    bouncedParticipants: fc.subarray(ids),
    relationshipStartedAt: offsetDays.map((ms) => new Date(NOW - ms)),
  });

  it("escalates exactly when there are findings, with flat figures and consistent health", () => {
    fc.assert(
      fc.property(inputArb, thresholdsArb, (input, thresholds) => {
        const verdict = evaluateHealth(input, thresholds);
        expect(verdict.verdict === "escalate").toBe(verdict.findings.length > 0);
        expect(verdict.health === "on_track").toBe(verdict.findings.length === 0);
        for (const finding of verdict.findings) {
          expect(healthReasonSchema.safeParse(finding.reason).success).toBe(true);
          expect(finding.severity === "high").toBe(finding.reason === "felt_unsafe");
          for (const value of Object.values(finding.detail)) {
            expect(["number", "string", "boolean"]).toContain(typeof value);
            if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
          }
          expect(finding.message.lv).not.toMatch(/[{}]/);
          expect(finding.message.en).not.toMatch(/[{}]/);
        }
        const severities = verdict.findings.map((f) => f.severity);
        expect(severities).toEqual(
          [...severities].sort((a, b) => (a === b ? 0 : a === "high" ? -1 : 1)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("never reports both low_rating and felt_unsafe for the same person's safety rating", () => {
    fc.assert(
      fc.property(inputArb, thresholdsArb, (input, thresholds) => {
        const seen = new Set<string>();
        for (const finding of evaluateHealth(input, thresholds).findings) {
          if (finding.reason !== "low_rating" && finding.reason !== "felt_unsafe") continue;
          const key = `${finding.detail.participantId}/${finding.detail.rating}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
      }),
      { numRuns: 200 },
    );
  });
});
