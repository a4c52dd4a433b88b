import middy from "@middy/core";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { checkMailboxMessage } from "../../shared/forms/application-pages.js";
import { applicationSchema } from "../../shared/schemas/application.js";
import { type Deps, defaultDeps } from "../compose.js";
import { checkOrigin } from "../http/check-origin.js";
import { handleErrors } from "../http/handle-errors.js";
import { type HttpEvent, type HttpResult, json } from "../http/http-event.js";
import { limitClients } from "../http/limit-clients.js";
import { parseBody } from "../http/parse-body.js";
import { parseInput } from "../http/parse-input.js";
import { pickLanguage } from "../http/pick-language.js";

/** POST /api/applications: JSON intake; 202 "check your mailbox" to every valid application. */
export const createHandler = (deps: () => Deps) =>
  middy<HttpEvent, HttpResult>()
    .use(checkOrigin())
    .use(handleErrors((problem) => json(problem.status, problem.body)))
    .use(limitClients(deps, "applications"))
    .use(parseBody("json"))
    .handler(async (event) => {
      const application = parseInput(
        applicationSchema,
        event.parsedBody,
        pickLanguage(event, "en"),
      );
      await submitApplication(deps(), application);
      // One answer for a new, an unconfirmed and a confirmed address alike: the mailbox of
      // the address is told which (see submitApplication).
      return json(202, { status: "check_mailbox", message: checkMailboxMessage() });
    });

export const handler = createHandler(defaultDeps);
