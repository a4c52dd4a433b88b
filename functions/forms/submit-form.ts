import middy from "@middy/core";
import { answerForm, openFormLink } from "../../shared/domain/workflow/answer-form.js";
import type { FormFields } from "../../shared/forms/form-definition.js";
import { renderThanks, THANKS_TITLE } from "../../shared/forms/form-pages.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { type FieldErrors, renderForm } from "../../shared/forms/render-form.js";
import { renderPage } from "../../shared/forms/render-page.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import { languageSchema } from "../../shared/i18n/localized.js";
import { type Deps, defaultDeps } from "../compose.js";
import { handleErrors } from "../http/handle-errors.js";
import { type HttpEvent, type HttpResult, html } from "../http/http-event.js";
import { parseBody } from "../http/parse-body.js";
import { pickLanguage } from "../http/pick-language.js";
import { renderProblemPage } from "../http/render-problem-page.js";
import { linkProblemPage } from "./form-page.js";

/** POST /f/{link}: the answer, once; errors come back next to their fields. */
export const createHandler = (deps: () => Deps) =>
  middy<HttpEvent, HttpResult>()
    .use(handleErrors((problem, event) => renderProblemPage(problem, event, deps)))
    .use(parseBody("form"))
    .handler(async (event) => {
      const link = event.pathParameters?.link ?? "";
      const access = await openFormLink(deps(), link);
      if (access.status !== "open")
        return linkProblemPage(deps(), access.status, pickLanguage(event), link);
      const asked = languageSchema.safeParse(event.queryStringParameters?.lang);
      const language = asked.success ? asked.data : access.form.language;
      const definition = workflowForm(access.form.kind, access.context);
      const posted = event.parsedBody as FormFields;
      const result = await answerForm(deps(), link, readFormFields(definition, posted), access);
      const page = (status: number, title: typeof THANKS_TITLE, content: string) =>
        html(
          status,
          renderPage({ language, title, content, contactEmail: deps().config.contactEmail }),
        );
      if (result.status === "recorded")
        return page(200, THANKS_TITLE, renderThanks(access.form.kind, language));
      if (result.status === "invalid") {
        const errors: FieldErrors = {};
        for (const issue of explainIssues(
          result.error,
          readFormFields(definition, posted),
          language,
        )) {
          errors[issue.path.split(".")[0] || "decision"] ??= issue.message;
        }
        const form = workflowForm(result.form.kind, result.context);
        return page(
          400,
          form.title,
          renderForm(form, {
            language,
            action: `/f/${link}?lang=${language}`,
            values: posted,
            errors,
            lead: result.context.details?.[language],
          }),
        );
      }
      return linkProblemPage(deps(), result.status, language, link);
    });

export const handler = createHandler(defaultDeps);
