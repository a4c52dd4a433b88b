import { awaitCohortDecision } from "../../shared/domain/cohorts/workflow/await-cohort-decision.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** The cohort workflow waits for the coordinator (the task token is kept with the question). */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.AwaitCohortDecision, deps, (d, input) => awaitCohortDecision(d, input));
export const handler = createHandler();
