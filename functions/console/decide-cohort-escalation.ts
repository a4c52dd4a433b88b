import { decideCohortEscalation } from "../../shared/domain/cohorts/workflow/decide-cohort-escalation.js";
import { cohortDecisionInputSchema } from "../../shared/schemas/cohort-escalation.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

/** POST /api/console/cohorts/{cohortId}/decision: extend, go on or cancel the round. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, { kind: "json" }, async (event) => {
    const input = parseInput(cohortDecisionInputSchema, event.parsedBody, "en");
    const cohortId = event.pathParameters?.cohortId ?? "";
    return json(200, await decideCohortEscalation(deps(), cohortId, input, coordinatorOf(event)));
  });

export const handler = createHandler(defaultDeps);
