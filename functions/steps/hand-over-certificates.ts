import { z } from "zod";
import { handOverCertificates } from "../../shared/domain/workflow/hand-over-certificates.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({ relationshipId: z.string(), state: z.string() });

/** "4.5 Closure: hand over to the certificates": certificates and thanks, by e-mail, once. */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, async (d, input) => {
    await handOverCertificates(d, input.relationshipId, input.state);
    return {};
  });
export const handler = createHandler();
