import type { Cohort } from "../../../schemas/cohort.js";
import type { CohortResumeAt } from "../../../schemas/step-payloads.js";
import type { WorkflowDeps } from "../../workflow/workflow-deps.js";
import { cohortOf } from "./cohort-people.js";

const DAY = 86_400_000;
/** The digest to the coordinator while relationships run. */
export const DIGEST_EVERY_DAYS = 14;
/** Relationships may still close this long after the planned end. */
export const CLOSING_GRACE_DAYS = 14;
/** The end survey and the community questions are answered within this. */
export const ANSWERS_WITHIN_DAYS = 14;
/** The coordinator marks the seminar's attendance within this after it ends. */
export const ATTENDANCE_WITHIN_DAYS = 2;
/** A cohort escalation waits this long for a decision, then the round goes on. */
export const COHORT_DECISION_DAYS = 7;

/** What the execution carries: where to resume and every moment it waits until (UTC). */
export interface CohortMoments {
  resumeAt: CohortResumeAt;
  intakeOpensAt: string;
  intakeHalfwayAt: string;
  intakeClosesAt: string;
  seminarReminderAt: string;
  attendanceBy: string;
  matchingBy: string;
  kickoffAt: string;
  runningHalfwayAt: string;
  /** The next digest or the halfway survey, whichever comes first, at most the planned end. */
  nextRunningAt: string;
  endsAt: string;
  ended: boolean;
  closingBy: string;
  answersBy: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
const utc = (at: string) => iso(Date.parse(at));

const RESUME_AT: Record<Cohort["stage"], CohortResumeAt> = {
  planned: "intake",
  intake: "intake",
  seminar: "seminar",
  matching: "matching",
  kickoff: "kickoff",
  running: "running",
  closing: "closing",
  report: "report",
  closed: "closed",
  cancelled: "cancelled",
};

/** The digests fall every two weeks from the kick-off. */
export const digestNumberAt = (cohort: Cohort, now: Date): number =>
  Math.max(
    0,
    Math.floor((now.getTime() - Date.parse(cohort.kickoffAt)) / (DIGEST_EVERY_DAYS * DAY)),
  );

export const runningHalfwayAt = (cohort: Cohort): number =>
  (Date.parse(cohort.kickoffAt) + Date.parse(cohort.endsAt)) / 2;

export const closingByOf = (cohort: Cohort): number =>
  Date.parse(cohort.closingBy ?? iso(Date.parse(cohort.endsAt) + CLOSING_GRACE_DAYS * DAY));

/** The cohort's moments from its timetable at `now`. */
export function cohortMoments(cohort: Cohort, now: Date): CohortMoments {
  const t = now.getTime();
  const opens = Date.parse(cohort.intakeOpensAt);
  const closes = Date.parse(cohort.intakeClosesAt);
  const seminar = Date.parse(cohort.seminar.at);
  const ends = Date.parse(cohort.endsAt);
  const halfway = runningHalfwayAt(cohort);
  const nextDigest =
    Date.parse(cohort.kickoffAt) + (digestNumberAt(cohort, now) + 1) * DIGEST_EVERY_DAYS * DAY;
  const candidates = [nextDigest, ends, ...(t < halfway ? [halfway] : [])];
  const closingBy = closingByOf(cohort);
  return {
    resumeAt: RESUME_AT[cohort.stage],
    intakeOpensAt: utc(cohort.intakeOpensAt),
    intakeHalfwayAt: iso((opens + closes) / 2),
    intakeClosesAt: utc(cohort.intakeClosesAt),
    seminarReminderAt: iso(seminar - 2 * DAY),
    attendanceBy: iso(seminar + cohort.seminar.minutes * 60_000 + ATTENDANCE_WITHIN_DAYS * DAY),
    matchingBy: utc(cohort.matchingBy),
    kickoffAt: utc(cohort.kickoffAt),
    runningHalfwayAt: iso(halfway),
    nextRunningAt: iso(Math.min(...candidates)),
    endsAt: utc(cohort.endsAt),
    ended: t >= ends,
    closingBy: iso(closingBy),
    answersBy: iso(closingBy + ANSWERS_WITHIN_DAYS * DAY),
  };
}

/** "0.1 Resume: read the cohort". */
export async function loadCohort(deps: WorkflowDeps, cohortId: string): Promise<CohortMoments> {
  return cohortMoments(await cohortOf(deps, cohortId), deps.clock.now());
}
