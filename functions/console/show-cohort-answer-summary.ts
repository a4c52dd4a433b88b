import { summariseCohortAnswers } from "../../shared/domain/cohorts/cohort-answer-summary.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/**
 * GET /api/console/cohorts/{cohortId}/answers/summary: counts and means of the round's
 * surveys and counts of its other forms' answers; never a comment, never who said what.
 */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) =>
    json(200, await summariseCohortAnswers(deps(), event.pathParameters?.cohortId ?? "")),
  );

export const handler = createHandler(defaultDeps);
