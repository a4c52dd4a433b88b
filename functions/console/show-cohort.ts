import { viewCohort } from "../../shared/domain/cohorts/view-cohorts.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/cohorts/{cohortId}: one round with its stage and numbers. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) =>
    json(200, await viewCohort(deps(), event.pathParameters?.cohortId ?? "")),
  );

export const handler = createHandler(defaultDeps);
