import middy from "@middy/core";
import { requestNewLink } from "../../shared/domain/workflow/request-new-link.js";
import type { FormFields } from "../../shared/forms/form-definition.js";
import {
  linkRequestedTitle,
  linkRequestForm,
  renderLinkRequested,
} from "../../shared/forms/form-pages.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { type FieldErrors, renderForm } from "../../shared/forms/render-form.js";
import { renderPage } from "../../shared/forms/render-page.js";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import { localized } from "../../shared/i18n/localized.js";
import { linkRequestInputSchema } from "../../shared/schemas/link-request.js";
import { type Deps, defaultDeps } from "../compose.js";
import { handleErrors } from "../http/handle-errors.js";
import { type HttpEvent, type HttpResult, html } from "../http/http-event.js";
import { parseBody } from "../http/parse-body.js";
import { pickLanguage } from "../http/pick-language.js";
import { renderProblemPage } from "../http/render-problem-page.js";

const EMAIL_NEEDED = localized(
  "Norādiet savu e-pasta adresi: no šīs saites nevaram noteikt, kas jūs esat.",
  "Please give your e-mail address: this link does not tell us who you are.",
);

/** POST /link-requests: from a link problem page, a request for a new link to the coordinator. */
export const createHandler = (deps: () => Deps) =>
  middy<HttpEvent, HttpResult>()
    .use(handleErrors((problem, event) => renderProblemPage(problem, event, deps)))
    .use(parseBody("form"))
    .handler(async (event) => {
      const language = pickLanguage(event);
      const posted = event.parsedBody as FormFields;
      const link = posted.link?.[0] ?? "";
      const definition = linkRequestForm(link, "unknown");
      const fields = readFormFields(definition, posted);
      const page = (status: number, title: typeof linkRequestedTitle, content: string) =>
        html(
          status,
          renderPage({ language, title, content, contactEmail: deps().config.contactEmail }),
        );
      const again = (errors: FieldErrors) =>
        page(
          400,
          definition.title,
          renderForm(definition, {
            language,
            action: `/link-requests?lang=${language}`,
            values: posted,
            errors,
          }),
        );

      const parsed = linkRequestInputSchema.safeParse(fields);
      if (!parsed.success) {
        const errors: FieldErrors = {};
        for (const issue of explainIssues(parsed.error, fields, language))
          errors[issue.path.split(".")[0] || "email"] ??= issue.message;
        // The hidden link has no place to show an error: say it by the address.
        if (errors.link && !errors.email) errors.email = errors.link;
        return again(errors);
      }
      const result = await requestNewLink(deps(), parsed.data);
      if (result.status === "open")
        return {
          statusCode: 303,
          headers: { location: `/f/${encodeURIComponent(link)}?lang=${language}` },
          body: "",
        };
      if (result.status === "email_needed") return again({ email: EMAIL_NEEDED[language] });
      return page(200, linkRequestedTitle, renderLinkRequested(result.created, language));
    });

export const handler = createHandler(defaultDeps);
