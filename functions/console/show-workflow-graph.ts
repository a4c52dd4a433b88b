import { showWorkflowGraph } from "../../shared/domain/workflow/show-workflow-graph.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/relationships/{relationshipId}/graph. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) =>
    json(200, await showWorkflowGraph(deps(), event.pathParameters?.relationshipId ?? "")),
  );

export const handler = createHandler(defaultDeps);
