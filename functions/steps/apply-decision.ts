import { applyDecision } from "../../shared/domain/workflow/apply-decision.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/**
 * "E.4 Escalation: apply the decision": the second half of a coordinator's decision. The
 * console's DecideEscalation Lambda records it and resumes the waiting task; this step,
 * inside the execution, changes the relationship (see decide-escalation.ts for why).
 */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.ApplyDecision, deps, (d, input) =>
    applyDecision(d, input.relationshipId, input.decision),
  );
export const handler = createHandler();
