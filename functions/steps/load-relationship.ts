import { loadRelationship } from "../../shared/domain/workflow/load-relationship.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** "0.1 Resume: read the relationship". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.LoadRelationship, deps, (d, input) =>
    loadRelationship(d, input.relationshipId, input.state),
  );
export const handler = createHandler();
