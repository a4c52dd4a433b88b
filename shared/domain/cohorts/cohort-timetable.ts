import { type Cohort, type CohortStage, intakeOpenAt } from "../../schemas/cohort.js";

/**
 * Where a cohort stands by its timetable at `now`: before the intake it is planned, then in
 * intake, matching (from the close until the kick-off; the seminar falls in between),
 * running until the planned end, and closing after it. A cancelled cohort stays cancelled.
 * The cohort workflow records its own stage; until it runs, the timetable says it.
 */
export function timetableStage(cohort: Cohort, now: Date): CohortStage {
  if (cohort.stage === "cancelled" || cohort.stage === "closed") return cohort.stage;
  const t = now.getTime();
  if (t < Date.parse(cohort.intakeOpensAt)) return "planned";
  if (t < Date.parse(cohort.intakeClosesAt)) return "intake";
  if (t < Date.parse(cohort.matchingBy)) return "matching";
  if (t < Date.parse(cohort.kickoffAt)) return "kickoff";
  if (t < Date.parse(cohort.endsAt)) return "running";
  return "closing";
}

/** Whether two cohorts' intakes share any moment (exactly one intake may be open at a time). */
export const intakesOverlap = (a: Cohort, b: Pick<Cohort, "intakeOpensAt" | "intakeClosesAt">) =>
  Date.parse(a.intakeOpensAt) < Date.parse(b.intakeClosesAt) &&
  Date.parse(b.intakeOpensAt) < Date.parse(a.intakeClosesAt);

/**
 * The cohort the console shows by default: the one whose intake is open, else the latest
 * that has begun and not ended, else the next one planned.
 */
export function currentCohort(cohorts: readonly Cohort[], now: Date): Cohort | undefined {
  const live = cohorts.filter((c) => c.stage !== "cancelled");
  const t = now.getTime();
  const started = live.filter((c) => Date.parse(c.intakeOpensAt) <= t);
  return (
    live.find((c) => timetableStage(c, now) === "intake") ??
    [...started].reverse().find((c) => t < Date.parse(c.endsAt)) ??
    live.find((c) => t < Date.parse(c.intakeOpensAt))
  );
}

/** The cohort an application made at `now` joins: the one whose intake is open. */
export const cohortForIntake = (cohorts: readonly Cohort[], now: Date): Cohort | undefined =>
  cohorts.find((c) => intakeOpenAt(c, now));
