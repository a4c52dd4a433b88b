import { NotFoundError } from "../../shared/domain/errors.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/matching-runs/{runId}: a run with its proposals and unplaced mentees. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) => {
    const runId = event.pathParameters?.runId ?? "";
    const stored = await deps().store.getMatchingRun(runId);
    if (!stored) throw new NotFoundError(`no matching run ${runId}`);
    return json(200, { ...stored.run, proposals: stored.proposals, unplaced: stored.unplaced });
  });

export const handler = createHandler(defaultDeps);
