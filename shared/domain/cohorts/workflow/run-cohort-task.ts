import type { StepPayload } from "../../../schemas/step-payloads.js";
import type { WorkflowDeps } from "../../workflow/workflow-deps.js";
import { cohortOf } from "./cohort-people.js";
import { COHORT_TASKS } from "./cohort-tasks.js";

/** One quick step of the cohort workflow, on the cohort as the table has it now. */
export async function runCohortTask(deps: WorkflowDeps, input: StepPayload<"CohortTask">) {
  const cohort = await cohortOf(deps, input.cohortId);
  return COHORT_TASKS[input.action](deps, cohort, { reason: input.reason });
}
