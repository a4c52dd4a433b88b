import { updateCohort } from "../../shared/domain/cohorts/edit-cohort.js";
import { cohortPatchSchema } from "../../shared/schemas/cohort.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

/** PATCH /api/console/cohorts/{cohortId}: names, targets, formats, and dates still ahead. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, { kind: "json" }, async (event) => {
    const patch = parseInput(cohortPatchSchema, event.parsedBody, "en");
    const cohortId = event.pathParameters?.cohortId ?? "";
    return json(200, await updateCohort(deps(), cohortId, patch, coordinatorOf(event)));
  });

export const handler = createHandler(defaultDeps);
