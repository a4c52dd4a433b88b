import { z } from "zod";
import { sendWelcome } from "../../shared/domain/workflow/send-welcome.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({ relationshipId: z.string(), state: z.string() });

/** "2.1 Planning: send the welcome and first-meeting guide". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, async (d, input) => {
    await sendWelcome(d, input.relationshipId, input.state);
    return {};
  });
export const handler = createHandler();
