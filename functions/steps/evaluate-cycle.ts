import { z } from "zod";
import { evaluateCycle } from "../../shared/domain/workflow/evaluate-cycle.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({
  relationshipId: z.string(),
  session: z.number().int().min(1),
  state: z.string(),
});

/** "3.12 Cycle: check the relationship's health". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, (d, input) =>
    evaluateCycle(d, input.relationshipId, input.session, input.state),
  );
export const handler = createHandler();
