import { loadProgrammeFigures } from "../../shared/domain/console/load-figures.js";
import { figuresQuerySchema } from "../../shared/schemas/figures.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/figures[?cohort=]: the anonymous figures (small groups hidden). */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) => {
    const { cohort } = parseInput(figuresQuerySchema, event.queryStringParameters ?? {}, "en");
    return json(200, await loadProgrammeFigures(deps(), cohort));
  });

export const handler = createHandler(defaultDeps);
