import { runCohortTask } from "../../shared/domain/cohorts/workflow/run-cohort-task.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** A quick step of the cohort workflow: the payload's action names it. */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.CohortTask, deps, (d, input) => runCohortTask(d, input));
export const handler = createHandler();
