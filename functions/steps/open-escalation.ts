import { openEscalation } from "../../shared/domain/workflow/open-escalation.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** "E.1"/"E.2": the escalation item, the coordinator's e-mail, the token for the decision. */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.OpenEscalation, deps, async (d, input) => {
    await openEscalation(d, input);
    return {};
  });
export const handler = createHandler();
