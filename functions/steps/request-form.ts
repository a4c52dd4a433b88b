import { requestForm } from "../../shared/domain/workflow/request-form.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** Every waiting-for-a-person state: make (or re-use) the form, store the token, e-mail once. */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.RequestForm, deps, async (d, input) => {
    await requestForm(d, input);
    return {};
  });
export const handler = createHandler();
