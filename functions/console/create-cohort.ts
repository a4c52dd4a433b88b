import { createCohort } from "../../shared/domain/cohorts/edit-cohort.js";
import { cohortInputSchema } from "../../shared/schemas/cohort.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

/** POST /api/console/cohorts: a new programme round. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, { kind: "json" }, async (event) => {
    const input = parseInput(cohortInputSchema, event.parsedBody, "en");
    return json(201, await createCohort(deps(), input, coordinatorOf(event)));
  });

export const handler = createHandler(defaultDeps);
