import { closeRelationship } from "../../shared/domain/workflow/close-relationship.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** "4.4 Closure: close the relationship". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.CloseRelationship, deps, async (d, input) => {
    await closeRelationship(d, input.relationshipId, input.state);
    return {};
  });
export const handler = createHandler();
