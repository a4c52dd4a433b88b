import { openFormLink } from "../../shared/domain/workflow/answer-form.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";
import { formHref, linkProblemPage } from "./form-page.js";

/** GET /f/{link}: shows the form. Reads only: mail scanners open links too. */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, "GET", async (request) => {
    const link = request.path.link ?? "";
    const access = await openFormLink(request.deps, link);
    if (access.status !== "open") return linkProblemPage(request, access.status, link);
    const language = request.askedLanguage ?? access.form.language;
    const form = workflowForm(access.form.kind, access.context);
    return request.page(200, {
      language,
      title: form.title,
      content: renderForm(form, {
        language,
        action: formHref(link, language),
        lead: access.context.details?.[language],
      }),
      otherLanguageHref: formHref(link, language === "lv" ? "en" : "lv"),
    });
  });

export const handler = createHandler(defaultDeps);
