import { handOverCertificates } from "../../shared/domain/workflow/hand-over-certificates.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** "4.5 Closure: hand over to the certificates": certificates and thanks, by e-mail, once. */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.HandOverCertificates, deps, async (d, input) => {
    await handOverCertificates(d, input.relationshipId, input.state);
    return {};
  });
export const handler = createHandler();
