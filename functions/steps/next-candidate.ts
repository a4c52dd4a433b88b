import { z } from "zod";
import { moveToNextCandidate } from "../../shared/domain/workflow/move-to-next-candidate.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({ relationshipId: z.string(), failure: z.string(), state: z.string() });

/** "1.8 Consent: find the next candidate". */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, (d, input) =>
    moveToNextCandidate(d, input.relationshipId, input.failure),
  );
export const handler = createHandler();
