import type { z } from "zod";
import { format, type Language, type Localized, localized } from "../i18n/localized.js";
import {
  type Checkpoint,
  escalationReasonSchema,
  isRated,
  type Reflection,
  type Session,
  type severitySchema,
} from "../schemas/workflow.js";
import { ESCALATION_REASONS, healthOfReasons } from "./escalations/escalation-reasons.js";

/**
 * Health rules for one mentoring relationship (DESIGN.md, "Learning cycles"): after each
 * session the workflow asks whether the relationship can go on by itself or needs the
 * coordinator. Pure: the clock comes in as `now`, so the same input always gets the same
 * verdict. Findings carry figures only (ids, session numbers, ratings, days), never what a
 * participant wrote (DOMAIN.md, "Ethics").
 */

/** The escalation reasons these rules can give (the others come from consent and planning). */
export const healthReasonSchema = escalationReasonSchema.exclude([
  "mail_undeliverable",
  "no_candidate_left",
  "no_plan",
]);
export type HealthReason = z.infer<typeof healthReasonSchema>;
export type Severity = z.infer<typeof severitySchema>;

export interface HealthThresholds {
  /** A reflection still missing this many days after the session ended. */
  reflectionMissingDays: number;
  /** This many ended sessions in a row reported "not held" (at least 1). */
  notHeldInARow: number;
  /** No session held for this many days. */
  noSessionHeldDays: number;
  /** Any rating (1-10) at or below this in a person's latest reflection. */
  lowRating: number;
  /** A fall of this much or more from the same person's previous rating of the same kind (at least 1). */
  ratingDrop: number;
  /** "Felt safe" at or below this is reported as felt_unsafe, high severity. */
  unsafeRating: number;
  /** A goal's progress identical in this many of the person's latest checkpoints (at least 2). */
  stalledCheckpoints: number;
}

export const DEFAULT_THRESHOLDS: Readonly<HealthThresholds> = Object.freeze({
  reflectionMissingDays: 7,
  notHeldInARow: 2,
  noSessionHeldDays: 45,
  lowRating: 4,
  ratingDrop: 3,
  unsafeRating: 4,
  stalledCheckpoints: 2,
});

export interface HealthInput {
  now: Date;
  /** Who is expected to reflect on every session: the mentees and the mentor. */
  participants: string[];
  sessions: Session[];
  /** Every reflection of this relationship so far (the caller filters by relationship). */
  reflections: Reflection[];
  /** Every checkpoint of this relationship so far. */
  checkpoints: Checkpoint[];
  /** Participants whose e-mail bounced. */
  bouncedParticipants: string[];
  /** Where "no session held" counts from while no session has been held yet. */
  relationshipStartedAt: Date;
}

export type FindingDetail = Record<string, string | number | boolean>;

export interface HealthFinding {
  reason: HealthReason;
  severity: Severity;
  /** Figures that show why (ids, session numbers, ratings, days), never reflection text. */
  detail: FindingDetail;
  message: Localized;
}

export type HealthState = "on_track" | "at_risk" | "stalled";

export interface HealthVerdict {
  verdict: "continue" | "escalate";
  health: HealthState;
  findings: HealthFinding[];
}

export const RATING_KINDS = ["valueRating", "ideasRating", "safetyRating"] as const;
export type RatingKind = (typeof RATING_KINDS)[number];

/** How the reflection form names each rating, for the messages. */
export const RATING_LABELS: Record<RatingKind, Localized> = {
  valueRating: localized("tikšanās vērtība", "value of the session"),
  ideasRating: localized("jaunas idejas un atziņas", "new ideas and insights"),
  safetyRating: localized("drošības un komforta sajūta", "feeling safe and comfortable"),
};

/** The finding sentences of the health rules, from the escalation reasons' table. */
export const HEALTH_MESSAGES: Record<HealthReason, Localized> = Object.fromEntries(
  healthReasonSchema.options.map((reason) => [reason, ESCALATION_REASONS[reason].finding]),
) as Record<HealthReason, Localized>;

const DAY_MS = 24 * 60 * 60 * 1000;
const REASON_ORDER = healthReasonSchema.options;
const SEVERITY_ORDER: readonly Severity[] = ["high", "medium"];

function finding(reason: HealthReason, detail: FindingDetail, rating?: RatingKind): HealthFinding {
  const fill = (language: Language) => {
    const values: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(detail)) {
      values[key] = typeof value === "boolean" ? String(value) : value;
    }
    if (rating) values.ratingLabel = RATING_LABELS[rating][language];
    return format(HEALTH_MESSAGES[reason][language], values);
  };
  return {
    reason,
    severity: ESCALATION_REASONS[reason].severity,
    detail,
    message: { lv: fill("lv"), en: fill("en") },
  };
}

/**
 * Unset or non-finite values fall back to the defaults; counts that would make a rule
 * meaningless are raised to their minimum (a drop of 0 would flag every unchanged rating,
 * and one checkpoint has nothing to be compared with).
 */
export function resolveThresholds(overrides: Partial<HealthThresholds> = {}): HealthThresholds {
  const pick = (key: keyof HealthThresholds): number => {
    const value = overrides[key];
    return typeof value === "number" && Number.isFinite(value) ? value : DEFAULT_THRESHOLDS[key];
  };
  return {
    reflectionMissingDays: pick("reflectionMissingDays"),
    notHeldInARow: Math.max(1, Math.ceil(pick("notHeldInARow"))),
    noSessionHeldDays: pick("noSessionHeldDays"),
    lowRating: pick("lowRating"),
    ratingDrop: Math.max(1, pick("ratingDrop")),
    unsafeRating: pick("unsafeRating"),
    stalledCheckpoints: Math.max(2, Math.ceil(pick("stalledCheckpoints"))),
  };
}

const unique = (ids: string[]): string[] => [...new Set(ids)];
const wholeDays = (ms: number): number => Math.floor(ms / DAY_MS);
/** Session numbers as one figure, e.g. "3,4", since a detail value cannot be a list. */
const joinNumbers = (values: number[]): string => values.join(",");

/**
 * One item per (person, session), in session order. A form is submitted once, so a second
 * item for the same key is a data error; the later submission wins.
 */
function perPersonBySession<
  T extends { participantId: string; session: number; submittedAt: string },
>(items: T[]): Map<string, T[]> {
  const latest = new Map<string, T>();
  for (const item of items) {
    const key = `${item.participantId}\u0000${item.session}`;
    const seen = latest.get(key);
    if (!seen || Date.parse(item.submittedAt) >= Date.parse(seen.submittedAt)) {
      latest.set(key, item);
    }
  }
  const byPerson = new Map<string, T[]>();
  for (const item of latest.values()) {
    const list = byPerson.get(item.participantId) ?? [];
    list.push(item);
    byPerson.set(item.participantId, list);
  }
  for (const list of byPerson.values()) list.sort((a, b) => a.session - b.session);
  return new Map([...byPerson].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Sessions that have ended by `now`, one per number (the later-ending wins), in order. */
function endedSessions(sessions: Session[], now: number): Session[] {
  const byNumber = new Map<number, Session>();
  for (const session of sessions) {
    if (Date.parse(session.endsAt) > now) continue;
    const seen = byNumber.get(session.number);
    if (!seen || Date.parse(session.endsAt) >= Date.parse(seen.endsAt)) {
      byNumber.set(session.number, session);
    }
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** What the session rules read: the input, its ended sessions, one reflection per person. */
interface SessionFacts {
  input: HealthInput;
  ended: Session[];
  reflections: Reflection[];
  limits: HealthThresholds;
}

/**
 * Every participant reflects on every ended session, held or not: the reflection's own
 * `held` answer is how the workflow learns whether the session took place.
 */
function reflectionMissing({ input, ended, reflections, limits }: SessionFacts): HealthFinding[] {
  const now = input.now.getTime();
  const reflected = new Set(reflections.map((r) => `${r.participantId}\u0000${r.session}`));
  const findings: HealthFinding[] = [];
  for (const session of ended) {
    const sinceEnd = now - Date.parse(session.endsAt);
    if (sinceEnd < limits.reflectionMissingDays * DAY_MS) continue;
    for (const participantId of unique(input.participants)) {
      if (reflected.has(`${participantId}\u0000${session.number}`)) continue;
      findings.push(
        finding("reflection_missing", {
          participantId,
          session: session.number,
          daysSinceEnd: wholeDays(sinceEnd),
          thresholdDays: limits.reflectionMissingDays,
        }),
      );
    }
  }
  return findings;
}

/**
 * "Not held" as soon as anyone says so (or the session itself is marked so): conflicting
 * answers are worth the coordinator's look too. A session nobody has reported on yet is
 * not "not held" and so breaks the run; reflection_missing covers that silence instead.
 */
function sessionsNotHeld({ ended, reflections, limits }: SessionFacts): HealthFinding[] {
  const reportedNo = new Set(reflections.filter((r) => r.held === "no").map((r) => r.session));
  const run: Session[] = [];
  for (let index = ended.length - 1; index >= 0; index -= 1) {
    const session = ended[index];
    if (!session || !(session.held === "no" || reportedNo.has(session.number))) break;
    run.unshift(session);
  }
  if (run.length < limits.notHeldInARow) return [];
  return [
    finding("sessions_not_held", {
      inARow: run.length,
      sessions: joinNumbers(run.map((s) => s.number)),
      lastSession: run[run.length - 1]?.number ?? 0,
      threshold: limits.notHeldInARow,
    }),
  ];
}

/**
 * "Held" as soon as anyone says yes (or the session is marked so), counted from the end of
 * the latest held session, or from the start of the relationship while none has been held.
 * Only sessions in the plan count: a reflection on an unknown session number has no time.
 */
function noSessionHeld({ input, ended, reflections, limits }: SessionFacts): HealthFinding[] {
  const now = input.now.getTime();
  const reportedYes = new Set(reflections.filter((r) => r.held === "yes").map((r) => r.session));
  const held = ended.filter((s) => s.held === "yes" || reportedYes.has(s.number));
  const lastHeld = held.reduce<Session | undefined>(
    (latest, s) => (!latest || Date.parse(s.endsAt) >= Date.parse(latest.endsAt) ? s : latest),
    undefined,
  );
  const startedAt = input.relationshipStartedAt.getTime();
  const countsFromHeld = lastHeld !== undefined && Date.parse(lastHeld.endsAt) >= startedAt;
  const from = countsFromHeld ? Date.parse(lastHeld.endsAt) : startedAt;
  const without = now - from;
  if (without < limits.noSessionHeldDays * DAY_MS) return [];
  const detail: FindingDetail = {
    daysWithoutSession: wholeDays(without),
    countedFrom: countsFromHeld ? "last_held_session" : "relationship_start",
    thresholdDays: limits.noSessionHeldDays,
  };
  if (countsFromHeld) detail.lastHeldSession = lastHeld.number;
  return [finding("no_session_held", detail)];
}

/**
 * Only each person's latest reflection (highest session number) is judged for low and
 * unsafe ratings: an older low rating was judged when it was new. A session not held has no
 * ratings, so only rated reflections count (the latest and the one before it). A low "felt safe" is
 * reported once, as felt_unsafe, never also as low_rating. A drop is its own signal and
 * may come on top of either. Every author counts, whether or not in `participants`.
 */
function ratings(byPerson: Map<string, Reflection[]>, limits: HealthThresholds): HealthFinding[] {
  const findings: HealthFinding[] = [];
  for (const [participantId, all] of byPerson) {
    const list = all.filter(isRated);
    const latest = list[list.length - 1];
    if (!latest) continue;
    const previous = list[list.length - 2];
    for (const rating of RATING_KINDS) {
      const value = latest[rating];
      const base = { participantId, session: latest.session, rating, value };
      if (rating === "safetyRating" && value <= limits.unsafeRating) {
        findings.push(finding("felt_unsafe", { ...base, threshold: limits.unsafeRating }, rating));
      } else if (value <= limits.lowRating) {
        findings.push(finding("low_rating", { ...base, threshold: limits.lowRating }, rating));
      }
      if (previous && value - previous[rating] <= -limits.ratingDrop) {
        findings.push(
          finding(
            "rating_drop",
            {
              ...base,
              previousSession: previous.session,
              previous: previous[rating],
              drop: previous[rating] - value,
              threshold: limits.ratingDrop,
            },
            rating,
          ),
        );
      }
    }
  }
  return findings;
}

/**
 * A goal is stalled for a person when their latest `stalledCheckpoints` checkpoints (by
 * session number) all report the same progress for it, below 100 (a finished goal cannot
 * move). A checkpoint that leaves the goal out is not evidence of standing still.
 */
function progressStalled(
  byPerson: Map<string, Checkpoint[]>,
  limits: HealthThresholds,
): HealthFinding[] {
  const findings: HealthFinding[] = [];
  for (const [participantId, list] of byPerson) {
    const window = list.slice(-limits.stalledCheckpoints);
    const latest = window[window.length - 1];
    if (window.length < limits.stalledCheckpoints || !latest) continue;
    for (const goal of Object.keys(latest.progress).sort()) {
      const value = latest.progress[goal];
      if (value === undefined || value >= 100) continue;
      if (!window.every((checkpoint) => checkpoint.progress[goal] === value)) continue;
      findings.push(
        finding("progress_stalled", {
          participantId,
          goal,
          value,
          checkpoints: window.length,
          sessions: joinNumbers(window.map((c) => c.session)),
        }),
      );
    }
  }
  return findings;
}

function emailBounced(input: HealthInput): HealthFinding[] {
  return unique(input.bouncedParticipants).map((participantId) =>
    finding("email_bounced", { participantId }),
  );
}

/**
 * Decides after a session whether the relationship goes on ("continue") or waits for the
 * coordinator ("escalate"), with every rule that fired. Findings are ordered high severity
 * first, then by reason in the order of `healthReasonSchema`, then as the rules list them
 * (session number, then participant).
 */
export function evaluateHealth(
  input: HealthInput,
  thresholds: Partial<HealthThresholds> = {},
): HealthVerdict {
  const limits = resolveThresholds(thresholds);
  const now = input.now.getTime();
  const reflectionsByPerson = perPersonBySession(input.reflections);
  const reflections = [...reflectionsByPerson.values()].flat();
  const ended = endedSessions(input.sessions, now);

  const facts: SessionFacts = { input, ended, reflections, limits };
  const findings = [
    ...reflectionMissing(facts),
    ...sessionsNotHeld(facts),
    ...noSessionHeld(facts),
    ...ratings(reflectionsByPerson, limits),
    ...progressStalled(perPersonBySession(input.checkpoints), limits),
    ...emailBounced(input),
  ].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason),
  );

  return {
    verdict: findings.length === 0 ? "continue" : "escalate",
    health: healthOfReasons(findings.map((f) => f.reason)),
    findings,
  };
}
