import { sendSessionReminder } from "../../shared/domain/workflow/send-session-reminder.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** "3.3 Cycle: send the session reminder". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.SendReminder, deps, async (d, input) => {
    await sendSessionReminder(d, input.relationshipId, input.session, input.state);
    return {};
  });
export const handler = createHandler();
