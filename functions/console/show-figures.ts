import { loadProgrammeFigures } from "../../shared/domain/console/load-figures.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/figures: the programme's anonymous figures (small groups hidden). */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async () => json(200, await loadProgrammeFigures(deps())));

export const handler = createHandler(defaultDeps);
