import { shownValues } from "../../shared/domain/cohort-forms/answer-cohort-form.js";
import { cohortFormPath } from "../../shared/domain/cohort-forms/cohort-form-link.js";
import { renderEarlierAnswer } from "../../shared/forms/cohort-form-pages.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";
import { openCohortForm } from "./cohort-form-page.js";

/**
 * GET /cohort-forms/{link}: a round's form (the seminar, a survey, the community questions),
 * with the earlier answer filled in when there is one. Reads only: mail scanners open links.
 */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, "GET", async (request) => {
    const opened = await openCohortForm(request);
    if ("problem" in opened) return opened.problem;
    const { link, access, form, language, action } = opened;
    return request.page(200, {
      language,
      title: form.title,
      content: renderForm(form, {
        language,
        action,
        values: shownValues(access),
        lead: access.earlier ? renderEarlierAnswer(access.earlier.answeredAt, language) : undefined,
      }),
      otherLanguageHref: cohortFormPath(link, language === "lv" ? "en" : "lv"),
    });
  });

export const handler = createHandler(defaultDeps);
