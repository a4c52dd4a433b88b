import { eraseParticipant } from "../../shared/domain/console/participant-data.js";
import { eraseInputSchema } from "../../shared/schemas/erasure.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

/** POST /api/console/participants/{participantId}/erase `{confirm: "<e-mail>"}`: GDPR erasure. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, { kind: "json", optional: true }, async (event) => {
    // No body at all is the same mistake as an empty one: the confirmation is missing.
    const input = parseInput(eraseInputSchema, event.parsedBody ?? {}, "en");
    const result = await eraseParticipant(
      deps(),
      event.pathParameters?.participantId ?? "",
      input,
      coordinatorOf(event),
    );
    return json(200, { ...result.erasure, alreadyErased: result.alreadyErased });
  });

export const handler = createHandler(defaultDeps);
