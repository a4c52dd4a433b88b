import { answerCohortForm } from "../../shared/domain/cohort-forms/answer-cohort-form.js";
import { COHORT_FORM_KINDS } from "../../shared/domain/cohort-forms/cohort-form-kinds.js";
import { COHORT_THANKS_TITLE, renderCohortThanks } from "../../shared/forms/cohort-form-pages.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";
import { cohortLinkProblemPage, openCohortForm } from "./cohort-form-page.js";

/**
 * POST /cohort-forms/{link}: the answer, kept under the round (a later answer replaces it);
 * errors come back next to their fields and change nothing; a forged, expired or cancelled
 * round's link gets its problem page.
 */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, { method: "POST", budget: "formAnswers" }, async (request) => {
    const opened = await openCohortForm(request);
    if ("problem" in opened) return opened.problem;
    const { link, access, form, language, action } = opened;
    const first = form.sections.flatMap((s) => s.fields).find((f) => f.kind !== "hidden");
    request.useForm({ form, action, fallbackField: first?.name ?? "", language });
    const input = readFormFields(form, request.posted);
    const result = await answerCohortForm(request.deps, access, input);
    if (result.status === "invalid") return request.reject(result.error, input);
    if (result.status === "recorded")
      return request.page(200, {
        language,
        title: COHORT_THANKS_TITLE,
        content: renderCohortThanks(
          COHORT_FORM_KINDS[access.link.kind].thanks,
          result.replaced,
          language,
        ),
      });
    return cohortLinkProblemPage(request, result.status, link);
  });

export const handler = createHandler(defaultDeps);
