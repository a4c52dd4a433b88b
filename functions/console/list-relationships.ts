import { listRelationships } from "../../shared/domain/workflow/view-relationships.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/relationships. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async () =>
    json(200, { items: await listRelationships(deps()) }),
  );

export const handler = createHandler(defaultDeps);
