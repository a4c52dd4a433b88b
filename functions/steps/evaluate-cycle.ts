import { evaluateCycle } from "../../shared/domain/workflow/evaluate-cycle.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** "3.13 Cycle: check the relationship's health". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.EvaluateCycle, deps, (d, input) =>
    evaluateCycle(d, input.relationshipId, input.session, input.state),
  );
export const handler = createHandler();
