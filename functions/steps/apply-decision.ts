import { z } from "zod";
import { applyDecision } from "../../shared/domain/workflow/apply-decision.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({
  relationshipId: z.string(),
  decision: z
    .object({
      decision: z.string(),
      pauseUntil: z.string().optional(),
      note: z.string().optional(),
    })
    .passthrough(),
  turn: z.number().int(),
  state: z.string(),
});

/** "E.4 Escalation: apply the decision". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, (d, input) => applyDecision(d, input.relationshipId, input.decision));
export const handler = createHandler();
