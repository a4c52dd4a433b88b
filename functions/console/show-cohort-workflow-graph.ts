import { showCohortWorkflowGraph } from "../../shared/domain/cohorts/show-cohort-workflow-graph.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/cohorts/{cohortId}/graph. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) =>
    json(200, await showCohortWorkflowGraph(deps(), event.pathParameters?.cohortId ?? "")),
  );

export const handler = createHandler(defaultDeps);
