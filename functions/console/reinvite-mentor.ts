import {
  reinviteInputSchema,
  reinviteMentor,
} from "../../shared/domain/community/reinvite-mentor.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

/** POST /api/console/mentors/{participantId}/reinvite `{}` or `{cohortId}`: the "count me in" e-mail. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, { kind: "json", optional: true }, async (event) => {
    // No body is the same as `{}`: the next round.
    const input = parseInput(reinviteInputSchema, event.parsedBody ?? {}, "en");
    const participantId = event.pathParameters?.participantId ?? "";
    return json(200, await reinviteMentor(deps(), participantId, input, coordinatorOf(event)));
  });

export const handler = createHandler(defaultDeps);
