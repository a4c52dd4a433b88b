import { answerForm } from "../../shared/domain/workflow/answer-form.js";
import { renderThanks, THANKS_TITLE } from "../../shared/forms/form-pages.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";
import { formHref, linkProblemPage, openForm } from "./form-page.js";

/** POST /f/{link}: the answer, once; errors come back next to their fields. */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, { method: "POST", budget: "formAnswers" }, async (request) => {
    const opened = await openForm(request);
    if ("problem" in opened) return opened.problem;
    const { link, access, language } = opened;
    const { form } = request.useForm({
      form: workflowForm(access.form.kind, access.context),
      action: formHref(link, language),
      fallbackField: "decision",
      lead: access.context.details?.[language],
      language,
    });
    const input = readFormFields(form, request.posted);
    const result = await answerForm(request.deps, link, input, access);
    if (result.status === "invalid") return request.reject(result.error, input);
    if (result.status === "recorded")
      return request.page(200, {
        language,
        title: THANKS_TITLE,
        content: renderThanks(access.form.kind, language),
      });
    return linkProblemPage(request, result.status, link, language);
  });

export const handler = createHandler(defaultDeps);
