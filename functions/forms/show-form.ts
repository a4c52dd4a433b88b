import { renderForm } from "../../shared/forms/render-form.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";
import { formHref, openForm } from "./form-page.js";

/** GET /f/{link}: shows the form. Reads only: mail scanners open links too. */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, "GET", async (request) => {
    const opened = await openForm(request);
    if ("problem" in opened) return opened.problem;
    const { link, access, language } = opened;
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
