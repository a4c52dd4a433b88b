import { exportParticipant } from "../../shared/domain/console/participant-data.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/participants/{participantId}/export: a GDPR export, as a JSON file. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) => {
    const participantId = event.pathParameters?.participantId ?? "";
    const document = await exportParticipant(deps(), participantId);
    const answer = json(200, document);
    return {
      ...answer,
      headers: {
        ...answer.headers,
        "content-disposition": `attachment; filename="participant-${document.participant.participantId}.json"`,
      },
    };
  });

export const handler = createHandler(defaultDeps);
