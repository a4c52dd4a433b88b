import {
  attendanceInputSchema,
  markSeminarAttendance,
} from "../../shared/domain/cohorts/seminar-attendance.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

/**
 * POST /api/console/cohorts/{cohortId}/attendance `{attended: [participantId]}`: who was at
 * the information seminar; 400 naming `attended.<index>` for an id that is not one of the
 * round's eligible applicants, 409 `seminar_not_started` before it begins.
 */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, { kind: "json" }, async (event) => {
    const input = parseInput(attendanceInputSchema, event.parsedBody, "en");
    const cohortId = event.pathParameters?.cohortId ?? "";
    return json(200, await markSeminarAttendance(deps(), cohortId, input, coordinatorOf(event)));
  });

export const handler = createHandler(defaultDeps);
