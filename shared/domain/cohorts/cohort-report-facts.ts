import type { Cohort } from "../../schemas/cohort.js";
import type { FigureCell } from "../../schemas/figures.js";
import type { Sector } from "../../schemas/reference.js";
import type { Relationship } from "../../schemas/workflow.js";
import type { EligibilityStatus } from "../check-eligibility.js";
import { rateCell } from "../console/figure-cells.js";
import type { FiguresInput } from "../console/programme-figures.js";

/**
 * What the funder's report is computed from, as the loader reads it through the ports: ids,
 * categories, dates, ratings and choices. Never a name, an e-mail or a free-text answer.
 */
export interface CohortReportInput {
  cohort: Pick<
    Cohort,
    | "cohortId"
    | "name"
    | "intakeOpensAt"
    | "intakeClosesAt"
    | "seminar"
    | "matchingBy"
    | "kickoffAt"
    | "endsAt"
  >;
  /** The cohort's confirmed mentee applicants (erased ones by pseudonym), as categories. */
  mentees: FiguresInput["mentees"];
  /** The mentors who applied in the cohort; an erased one's sector is not known. */
  mentorApplicants: { id: string; status: EligibilityStatus; sector: SectorOrUnknown }[];
  /** The sector of every mentor of the cohort's relationships, whichever round they applied in. */
  mentorSectors: Record<string, SectorOrUnknown>;
  relationships: Pick<
    Relationship,
    | "relationshipId"
    | "format"
    | "phase"
    | "health"
    | "mentorId"
    | "menteeIds"
    | "closeReason"
    | "createdAt"
  >[];
  /** Planned sessions (cancelled ones left out). */
  sessions: { relationshipId: string; startsAt: string; endsAt: string; held?: "yes" | "no" }[];
  /** The plans' goals, by key only (their titles are the people's words). */
  goals: { relationshipId: string; key: string }[];
  checkpoints: { relationshipId: string; submittedAt: string; progress: Record<string, number> }[];
  /** Rated reflections only: a session not held has no ratings. */
  reflections: {
    relationshipId: string;
    participantId: string;
    submittedAt: string;
    valueRating: number;
    ideasRating: number;
    safetyRating: number;
  }[];
  /** Each consent answer: who, in which consent round, and the choice. */
  consents: {
    relationshipId: string;
    participantId: string;
    round: number;
    decision: "accept" | "decline";
  }[];
  /** The programme surveys' two scores (their comments never reach the report). */
  surveys: {
    kind: SurveyKind;
    participantId: string;
    satisfaction: number;
    recommend: number;
  }[];
}

export type SectorOrUnknown = Sector | "unknown";
export const SURVEY_KINDS = ["survey_halfway", "survey_end"] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

type ReportRelationship = CohortReportInput["relationships"][number];

/** What the report needs of one relationship, worked out once. */
export interface RelationshipFacts {
  relationship: ReportRelationship;
  people: string[];
  sessionsHeld: number;
  /** Held sessions times their planned length. */
  hours: number;
  /** Days from the approval (the relationship's creation) to the first held session. */
  daysToFirstSession?: number;
  goalsSet: number;
  /** Goals whose last reported progress is 100 %. */
  goalsReached: number;
  /** The first proposal's answer: everyone accepted, someone declined, or not everyone answered. */
  consent: "accepted" | "declined" | "unanswered";
  completed: boolean;
  /** "completed", another close reason, or "not_closed". */
  closure: string;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

const groupBy = <T extends { relationshipId: string }>(items: readonly T[]) => {
  const groups = new Map<string, T[]>();
  for (const item of items)
    groups.set(item.relationshipId, [...(groups.get(item.relationshipId) ?? []), item]);
  return groups;
};

export function relationshipFacts(input: CohortReportInput): RelationshipFacts[] {
  const sessions = groupBy(input.sessions);
  const goals = groupBy(input.goals);
  const checkpoints = groupBy(input.checkpoints);
  const consents = groupBy(input.consents);
  return input.relationships.map((relationship) => {
    const id = relationship.relationshipId;
    const held = (sessions.get(id) ?? []).filter((session) => session.held === "yes");
    const hours = held.reduce(
      (sum, session) =>
        sum + Math.max(0, Date.parse(session.endsAt) - Date.parse(session.startsAt)) / HOUR,
      0,
    );
    const firstHeld = Math.min(...held.map((session) => Date.parse(session.startsAt)));
    const last = new Map<string, number>();
    const ordered = [...(checkpoints.get(id) ?? [])].sort((a, b) =>
      a.submittedAt.localeCompare(b.submittedAt),
    );
    for (const checkpoint of ordered)
      for (const [key, value] of Object.entries(checkpoint.progress)) last.set(key, value);
    const keys = new Set((goals.get(id) ?? []).map((goal) => goal.key));
    const closed = relationship.phase === "closed";
    const closure = closed ? (relationship.closeReason ?? "completed") : "not_closed";
    return {
      relationship,
      people: [relationship.mentorId, ...relationship.menteeIds],
      sessionsHeld: held.length,
      hours,
      ...(held.length > 0
        ? { daysToFirstSession: (firstHeld - Date.parse(relationship.createdAt)) / DAY }
        : {}),
      goalsSet: keys.size,
      goalsReached: [...keys].filter((key) => last.get(key) === 100).length,
      consent: firstConsent(relationship, consents.get(id) ?? []),
      completed: closure === "completed",
      closure,
    };
  });
}

/**
 * The proposal as the coordinator approved it, before any next candidate: declined when
 * anyone of the first consent round declined, accepted when all of them (the mentor and
 * every mentee) accepted, else not (yet) answered by everyone.
 */
function firstConsent(
  relationship: ReportRelationship,
  answers: CohortReportInput["consents"],
): RelationshipFacts["consent"] {
  const first = answers.filter((answer) => answer.round === 1);
  if (first.some((answer) => answer.decision === "decline")) return "declined";
  const accepted = new Set(first.map((answer) => answer.participantId));
  return accepted.size >= relationship.menteeIds.length + 1 ? "accepted" : "unanswered";
}

/** The distinct people of some relationships. */
export const peopleOf = (facts: readonly RelationshipFacts[]): number =>
  new Set(facts.flatMap((fact) => fact.people)).size;

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Rounded to `digits` decimals (figures are published rounded). */
export const rounded = (value: number, digits = 1) =>
  Math.round(value * 10 ** digits) / 10 ** digits;

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * A share of things (proposals, goals) that people stand behind: the value is things over
 * things, hidden by the people as a rate of people is (rateCell: the whole, the part or the
 * rest a small group).
 */
export function shareCell(
  part: number,
  whole: number,
  people: { part: number; whole: number },
  minimum: number,
): FigureCell {
  if (whole === 0) return { value: null, hidden: false };
  const guard = rateCell(people.part, people.whole, minimum);
  if (guard.hidden) return guard;
  return { value: Math.round((part / whole) * 1000) / 1000, hidden: false };
}

/** A figure over people's answers (a median, a score): hidden when fewer than `minimum` gave them. */
export function perPeopleCell(
  value: number | undefined,
  people: number,
  minimum: number,
): FigureCell {
  if (value === undefined || people === 0) return { value: null, hidden: false };
  if (people < minimum) return { value: null, hidden: true };
  return { value, hidden: false };
}

/** Net promoter score: % of 9-10 minus % of 0-6, a whole number from -100 to 100. */
export function netPromoterScore(recommend: readonly number[]): number | undefined {
  if (recommend.length === 0) return undefined;
  const promoters = recommend.filter((score) => score >= 9).length;
  const detractors = recommend.filter((score) => score <= 6).length;
  return Math.round((100 * (promoters - detractors)) / recommend.length);
}
