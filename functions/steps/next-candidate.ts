import { moveToNextCandidate } from "../../shared/domain/workflow/move-to-next-candidate.js";
import { STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

/** "1.8 Consent: find the next candidate". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(STEP_PAYLOADS.NextCandidate, deps, (d, input) =>
    moveToNextCandidate(d, input.relationshipId, input.failure),
  );
export const handler = createHandler();
