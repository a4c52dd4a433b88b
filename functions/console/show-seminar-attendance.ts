import { viewSeminarAttendance } from "../../shared/domain/cohorts/seminar-attendance.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/**
 * GET /api/console/cohorts/{cohortId}/attendance: the round's eligible applicants with their
 * answer to the seminar question and whether they were marked as attended.
 */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) =>
    json(200, await viewSeminarAttendance(deps(), event.pathParameters?.cohortId ?? "")),
  );

export const handler = createHandler(defaultDeps);
