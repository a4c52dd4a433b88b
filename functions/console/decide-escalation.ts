import {
  decideEscalation,
  decisionInputSchema,
} from "../../shared/domain/workflow/decide-escalation.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

/** POST /api/console/escalations/{escalationId}/decision: resumes the waiting workflow. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, { kind: "json" }, async (event) => {
    const escalationId = event.pathParameters?.escalationId ?? "";
    const input = parseInput(decisionInputSchema, event.parsedBody, "en");
    return json(200, await decideEscalation(deps(), escalationId, input, coordinatorOf(event)));
  });

export const handler = createHandler(defaultDeps);
