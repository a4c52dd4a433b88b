import { z } from "zod";
import { listLinkRequests } from "../../shared/domain/workflow/request-new-link.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { consoleHandler } from "./console-handler.js";

const querySchema = z.object({ status: z.enum(["open", "handled"]).optional() });

/** GET /api/console/link-requests?status=open: people who asked for a new form link. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) => {
    const { status } = parseInput(querySchema, event.queryStringParameters ?? {}, "en");
    return json(200, { items: await listLinkRequests(deps(), status) });
  });

export const handler = createHandler(defaultDeps);
