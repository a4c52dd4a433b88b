import middy from "@middy/core";
import { openFormLink } from "../../shared/domain/workflow/answer-form.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { renderPage } from "../../shared/forms/render-page.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";
import { languageSchema } from "../../shared/i18n/localized.js";
import { type Deps, defaultDeps } from "../compose.js";
import { handleErrors } from "../http/handle-errors.js";
import { type HttpEvent, type HttpResult, html } from "../http/http-event.js";
import { pickLanguage } from "../http/pick-language.js";
import { renderProblemPage } from "../http/render-problem-page.js";
import { linkProblemPage } from "./form-page.js";

/** GET /f/{link}: shows the form. Reads only: mail scanners open links too. */
export const createHandler = (deps: () => Deps) =>
  middy<HttpEvent, HttpResult>()
    .use(handleErrors((problem, event) => renderProblemPage(problem, event, deps)))
    .handler(async (event) => {
      const link = event.pathParameters?.link ?? "";
      const access = await openFormLink(deps(), link);
      if (access.status !== "open")
        return linkProblemPage(deps(), access.status, pickLanguage(event), link);
      const asked = languageSchema.safeParse(event.queryStringParameters?.lang);
      const language = asked.success ? asked.data : access.form.language;
      const form = workflowForm(access.form.kind, access.context);
      return html(
        200,
        renderPage({
          language,
          title: form.title,
          content: renderForm(form, {
            language,
            action: `/f/${link}?lang=${language}`,
            lead: access.context.details?.[language],
          }),
          otherLanguageHref: `/f/${link}?lang=${language === "lv" ? "en" : "lv"}`,
          contactEmail: deps().config.contactEmail,
        }),
      );
    });

export const handler = createHandler(defaultDeps);
