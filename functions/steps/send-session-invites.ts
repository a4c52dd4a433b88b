import { sendSessionInvites } from "../../shared/domain/workflow/send-session-invites.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** "3.1 Cycle: send the meeting dates and calendar invites": every way into a cycle passes here. */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.SendInvites, deps, async (d, input) => {
    await sendSessionInvites(d, input.relationshipId, { state: input.state });
    return {};
  });
export const handler = createHandler();
