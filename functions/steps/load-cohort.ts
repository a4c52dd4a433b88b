import { loadCohort } from "../../shared/domain/cohorts/workflow/load-cohort.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** "0.1 Resume: read the cohort". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.LoadCohort, deps, (d, input) => loadCohort(d, input.cohortId));
export const handler = createHandler();
