import { z } from "zod";
import { sendSessionInvites } from "../../shared/domain/workflow/send-session-invites.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({ relationshipId: z.string(), state: z.string() });

/** "2.3 Planning: send the meeting dates and calendar invites". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, async (d, input) => {
    await sendSessionInvites(d, input.relationshipId, { state: input.state });
    return {};
  });
export const handler = createHandler();
