import { sendWelcome } from "../../shared/domain/workflow/send-welcome.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** "2.1 Planning: send the welcome and first-meeting guide". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.SendWelcome, deps, async (d, input) => {
    await sendWelcome(d, input.relationshipId, input.state);
    return {};
  });
export const handler = createHandler();
