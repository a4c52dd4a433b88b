import { z } from "zod";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { consoleHandler } from "./console-handler.js";

const querySchema = z.object({ status: z.enum(["open", "decided"]).optional() });

/** GET /api/console/escalations?status=open. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) => {
    const { status } = parseInput(querySchema, event.queryStringParameters ?? {}, "en");
    const items = await deps().workflowStore.listEscalations(status);
    return json(200, { items: items.sort((a, b) => a.openedAt.localeCompare(b.openedAt)) });
  });

export const handler = createHandler(defaultDeps);
