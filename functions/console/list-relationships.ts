import { listRelationships } from "../../shared/domain/workflow/view-relationships.js";
import { cohortQuerySchema } from "../../shared/schemas/cohort.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/relationships. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) => {
    const { cohort } = parseInput(cohortQuerySchema, event.queryStringParameters ?? {}, "en");
    return json(200, { items: await listRelationships(deps(), cohort) });
  });

export const handler = createHandler(defaultDeps);
