import { resendForm } from "../../shared/domain/workflow/resend-form.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

/** POST /api/console/forms/{formId}/resend: the form's e-mail again (a new link if expired). */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) =>
    json(200, await resendForm(deps(), event.pathParameters?.formId ?? "", coordinatorOf(event))),
  );

export const handler = createHandler(defaultDeps);
