import { listMatchingRuns } from "../../shared/domain/list-matching-runs.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/matching-runs: every run kept, newest first, each as a summary. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async () => json(200, { items: await listMatchingRuns(deps()) }));

export const handler = createHandler(defaultDeps);
