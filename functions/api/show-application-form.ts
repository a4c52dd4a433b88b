import middy from "@middy/core";
import { APPLICATION_FORMS, initialValues } from "../../shared/forms/application-form.js";
import {
  applyHref,
  CHOOSE_ROLE_TITLE,
  renderChooseRole,
} from "../../shared/forms/application-pages.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { renderPage } from "../../shared/forms/render-page.js";
import { applicantRoleSchema } from "../../shared/schemas/application.js";
import { type Deps, defaultDeps } from "../compose.js";
import { handleErrors } from "../http/handle-errors.js";
import { type HttpEvent, type HttpResult, html } from "../http/http-event.js";
import { pickLanguage } from "../http/pick-language.js";
import { renderProblemPage } from "../http/render-problem-page.js";

/** GET /apply?role=mentee|mentor&lang=lv|en: the application form; reads nothing, writes nothing. */
export const createHandler = (deps: () => Deps) =>
  middy<HttpEvent, HttpResult>()
    .use(handleErrors((problem, event) => renderProblemPage(problem, event, deps)))
    .handler(async (event) => {
      const language = pickLanguage(event);
      const other = language === "lv" ? "en" : "lv";
      const { contactEmail } = deps().config;
      const query = event.queryStringParameters ?? {};
      const role = applicantRoleSchema.safeParse(query.role);
      const badQuery =
        (query.role !== undefined && !role.success) ||
        (query.lang !== undefined && query.lang !== language);
      if (!role.success) {
        return html(
          badQuery ? 400 : 200,
          renderPage({
            language,
            title: CHOOSE_ROLE_TITLE,
            content: renderChooseRole(language, badQuery),
            otherLanguageHref: applyHref(other),
            contactEmail,
          }),
        );
      }
      const form = APPLICATION_FORMS[role.data];
      return html(
        badQuery ? 400 : 200,
        renderPage({
          language,
          title: form.title,
          content: renderForm(form, {
            language,
            action: applyHref(language),
            values: initialValues(language),
          }),
          otherLanguageHref: applyHref(other, role.data),
          contactEmail,
        }),
      );
    });

export const handler = createHandler(defaultDeps);
