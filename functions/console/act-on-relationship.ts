import {
  actOnRelationship,
  relationshipActionSchema,
} from "../../shared/domain/workflow/act-on-relationship.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

/** POST /api/console/relationships/{relationshipId}/actions: close early, pause, resume, replan. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, { kind: "json" }, async (event) => {
    const input = parseInput(relationshipActionSchema, event.parsedBody, "en");
    const relationshipId = event.pathParameters?.relationshipId ?? "";
    return json(200, await actOnRelationship(deps(), relationshipId, input, coordinatorOf(event)));
  });

export const handler = createHandler(defaultDeps);
