import { z } from "zod";
import { closeRelationship } from "../../shared/domain/workflow/close-relationship.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({ relationshipId: z.string(), state: z.string() });

/** "4.4 Closure: close the relationship". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, async (d, input) => {
    await closeRelationship(d, input.relationshipId, input.state);
    return {};
  });
export const handler = createHandler();
