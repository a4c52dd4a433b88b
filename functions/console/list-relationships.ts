import { z } from "zod";
import { listRelationships } from "../../shared/domain/workflow/view-relationships.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { consoleHandler } from "./console-handler.js";

/** `?cohort=<cohortId>`: only the relationships of that round. */
const querySchema = z.object({ cohort: z.string().min(1).max(64).optional() });

/** GET /api/console/relationships. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) => {
    const { cohort } = parseInput(querySchema, event.queryStringParameters ?? {}, "en");
    return json(200, { items: await listRelationships(deps(), cohort) });
  });

export const handler = createHandler(defaultDeps);
