import { loadCohortReport } from "../../shared/domain/cohorts/load-cohort-report.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/cohorts/{cohortId}/report: the funder's report as the console shows it. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) =>
    json(200, await loadCohortReport(deps(), event.pathParameters?.cohortId ?? "")),
  );

export const handler = createHandler(defaultDeps);
