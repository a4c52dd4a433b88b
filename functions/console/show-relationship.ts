import { viewRelationship } from "../../shared/domain/workflow/view-relationships.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/relationships/{relationshipId}. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) =>
    json(200, await viewRelationship(deps(), event.pathParameters?.relationshipId ?? "")),
  );

export const handler = createHandler(defaultDeps);
