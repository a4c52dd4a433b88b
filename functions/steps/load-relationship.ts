import { z } from "zod";
import { loadRelationship } from "../../shared/domain/workflow/load-relationship.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({ relationshipId: z.string(), state: z.string() });

/** "0.1 Resume: read the relationship". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, (d, input) => loadRelationship(d, input.relationshipId, input.state));
export const handler = createHandler();
