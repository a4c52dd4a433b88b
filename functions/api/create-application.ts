import middy from "@middy/core";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { applicationSchema } from "../../shared/schemas/application.js";
import { type Deps, defaultDeps } from "../compose.js";
import { handleErrors } from "../http/handle-errors.js";
import { type HttpEvent, type HttpResult, json } from "../http/http-event.js";
import { parseBody } from "../http/parse-body.js";
import { parseInput } from "../http/parse-input.js";
import { pickLanguage } from "../http/pick-language.js";

/** POST /api/applications: JSON intake. */
export const createHandler = (deps: () => Deps) =>
  middy<HttpEvent, HttpResult>()
    .use(handleErrors((problem) => json(problem.status, problem.body)))
    .use(parseBody("json"))
    .handler(async (event) => {
      const application = parseInput(
        applicationSchema,
        event.parsedBody,
        pickLanguage(event, "en"),
      );
      const result = await submitApplication(deps(), application);
      return json(201, result);
    });

export const handler = createHandler(defaultDeps);
