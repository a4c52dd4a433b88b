import { listCohorts } from "../../shared/domain/cohorts/view-cohorts.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/cohorts: every programme round, the newest intake first. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async () => json(200, await listCohorts(deps())));

export const handler = createHandler(defaultDeps);
