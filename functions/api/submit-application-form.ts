import middy from "@middy/core";
import { DuplicateApplicationError, ValidationError } from "../../shared/domain/errors.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { APPLICATION_FORMS } from "../../shared/forms/application-form.js";
import {
  applyHref,
  CHOOSE_ROLE_TITLE,
  renderChooseRole,
  renderResult,
  resultTitle,
} from "../../shared/forms/application-pages.js";
import type { FormFields } from "../../shared/forms/form-definition.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { type FieldErrors, renderForm } from "../../shared/forms/render-form.js";
import { renderPage } from "../../shared/forms/render-page.js";
import { localized } from "../../shared/i18n/localized.js";
import { applicantRoleSchema, applicationSchema } from "../../shared/schemas/application.js";
import { type Deps, defaultDeps } from "../compose.js";
import { handleErrors } from "../http/handle-errors.js";
import { type HttpEvent, type HttpResult, html } from "../http/http-event.js";
import { mapError } from "../http/map-error.js";
import { parseBody } from "../http/parse-body.js";
import { parseInput } from "../http/parse-input.js";
import { pickLanguage } from "../http/pick-language.js";
import { renderProblemPage } from "../http/render-problem-page.js";

const ALREADY_APPLIED = localized(
  "Ar šo e-pasta adresi pieteikums jau ir iesniegts. Ja vēlaties to mainīt, rakstiet koordinatoram.",
  "An application with this e-mail address has already been sent. To change it, write to the coordinator.",
);

/** Field errors keyed by the form field; the first problem of a field is the one shown. */
const toFieldErrors = (error: ValidationError): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.split(".")[0] || "role";
    errors[field] ??= issue.message;
  }
  return errors;
};

/** POST /apply: the HTML form's submission; errors come back next to their fields. */
export const createHandler = (deps: () => Deps) =>
  middy<HttpEvent, HttpResult>()
    .use(handleErrors((problem, event) => renderProblemPage(problem, event, deps)))
    .use(parseBody("form"))
    .handler(async (event) => {
      const language = pickLanguage(event);
      const { contactEmail } = deps().config;
      const posted = event.parsedBody as FormFields;
      const role = applicantRoleSchema.safeParse(posted.role?.[0]);
      if (!role.success) {
        return html(
          400,
          renderPage({
            language,
            title: CHOOSE_ROLE_TITLE,
            content: renderChooseRole(language, true),
            contactEmail,
          }),
        );
      }
      const form = APPLICATION_FORMS[role.data];
      const showForm = (status: number, errors: FieldErrors) =>
        html(
          status,
          renderPage({
            language,
            title: form.title,
            content: renderForm(form, {
              language,
              action: applyHref(language),
              values: posted,
              errors,
            }),
            contactEmail,
          }),
        );

      let result: Awaited<ReturnType<typeof submitApplication>>;
      try {
        const application = parseInput(applicationSchema, readFormFields(form, posted), language);
        result = await submitApplication(deps(), application);
      } catch (error) {
        if (error instanceof ValidationError)
          return showForm(mapError(error).status, toFieldErrors(error));
        if (error instanceof DuplicateApplicationError) {
          return showForm(mapError(error).status, { email: ALREADY_APPLIED[language] });
        }
        throw error;
      }
      return html(
        201,
        renderPage({
          language,
          title: resultTitle(result),
          content: renderResult(result, language),
          contactEmail,
        }),
      );
    });

export const handler = createHandler(defaultDeps);
