import type { Cohort } from "../../../schemas/cohort.js";
import type { WorkflowDeps } from "../../workflow/workflow-deps.js";

/**
 * The name of a cohort's execution: its id, then `<id>-2`, `<id>-3` after each restart (Step
 * Functions keeps a stopped execution's name for 90 days).
 */
export const cohortExecutionName = (cohort: Pick<Cohort, "cohortId" | "execution">) =>
  (cohort.execution ?? 1) <= 1 ? cohort.cohortId : `${cohort.cohortId}-${cohort.execution}`;

/** Starts a new cohort's workflow (a second start of the same name is harmless). */
export const startCohortWorkflow = (deps: Pick<WorkflowDeps, "cohortWorkflow">, cohort: Cohort) =>
  deps.cohortWorkflow.start(cohortExecutionName(cohort), { cohortId: cohort.cohortId });

/**
 * Moved dates: the running execution waits for the old ones, so it stops and a new one
 * starts at "0.1 Resume", which reads the new dates and goes on at the recorded stage. The
 * caller has stored `cohort` with its execution number raised by one.
 */
export async function restartCohortWorkflow(
  deps: Pick<WorkflowDeps, "cohortWorkflow">,
  before: Cohort,
  after: Cohort,
) {
  await deps.cohortWorkflow.stop(cohortExecutionName(before), "the cohort's dates moved");
  await startCohortWorkflow(deps, after);
}
