import middy from "@middy/core";
import { IntakeClosedError } from "../../shared/domain/cohorts/intake-state.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { checkMailboxMessage } from "../../shared/forms/application-pages.js";
import { intakeClosedMessage } from "../../shared/forms/waiting-list-pages.js";
import { applicationSchema } from "../../shared/schemas/application.js";
import { type Deps, defaultDeps } from "../compose.js";
import { checkOrigin } from "../http/check-origin.js";
import { handleErrors } from "../http/handle-errors.js";
import { type HttpEvent, type HttpResult, json } from "../http/http-event.js";
import { limitClients } from "../http/limit-clients.js";
import { parseBody } from "../http/parse-body.js";
import { parseInput } from "../http/parse-input.js";
import { pickLanguage } from "../http/pick-language.js";

/**
 * POST /api/applications: JSON intake; 202 "check your mailbox" to every valid application;
 * between intakes 409 `intake_closed` (with `nextIntakeOpensAt`, null when none is planned)
 * and nothing is kept.
 */
export const createHandler = (deps: () => Deps) =>
  middy<HttpEvent, HttpResult>()
    .use(checkOrigin())
    .use(handleErrors((problem) => json(problem.status, problem.body)))
    .use(limitClients(deps, "applications"))
    .use(parseBody("json"))
    .handler(async (event) => {
      const language = pickLanguage(event, "en");
      const application = parseInput(applicationSchema, event.parsedBody, language);
      try {
        await submitApplication(deps(), application);
      } catch (error) {
        if (!(error instanceof IntakeClosedError)) throw error;
        return json(409, {
          error: error.code,
          message: intakeClosedMessage(error.nextIntakeOpensAt, language),
          issues: [],
          nextIntakeOpensAt: error.nextIntakeOpensAt ?? null,
        });
      }
      // One answer for a new, an unconfirmed and a confirmed address alike: the mailbox of
      // the address is told which (see submitApplication).
      return json(202, { status: "check_mailbox", message: checkMailboxMessage() });
    });

export const handler = createHandler(defaultDeps);
