import { z } from "zod";
import { sendSessionReminder } from "../../shared/domain/workflow/send-session-reminder.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({
  relationshipId: z.string(),
  session: z.number().int().min(1),
  state: z.string(),
});

/** "3.2 Cycle: send the session reminder". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, async (d, input) => {
    await sendSessionReminder(d, input.relationshipId, input.session, input.state);
    return {};
  });
export const handler = createHandler();
