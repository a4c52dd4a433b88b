import { z } from "zod";
import { openEscalation } from "../../shared/domain/workflow/open-escalation.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({
  taskToken: z.string().min(1),
  relationshipId: z.string(),
  reason: z.string(),
  turn: z.number().int(),
  mode: z.enum(["open", "remind"]),
  state: z.string(),
});

/** "E.1"/"E.2": the escalation item, the coordinator's e-mail, the token for the decision. */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, async (d, input) => {
    await openEscalation(d, input);
    return {};
  });
export const handler = createHandler();
