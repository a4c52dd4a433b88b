import { listOverdueForms } from "../../shared/domain/workflow/list-overdue-forms.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/forms/overdue: forms reminded about and still not answered. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async () => json(200, { items: await listOverdueForms(deps()) }));

export const handler = createHandler(defaultDeps);
