import {
  type CohortFormAccess,
  cohortForm,
  openCohortFormLink,
} from "../../shared/domain/cohort-forms/answer-cohort-form.js";
import { cohortFormPath } from "../../shared/domain/cohort-forms/cohort-form-link.js";
import {
  type CohortLinkProblem,
  cohortLinkProblemTitle,
  renderCohortLinkProblem,
} from "../../shared/forms/cohort-form-pages.js";
import type { FormDefinition } from "../../shared/forms/form-definition.js";
import { linkRequestForm } from "../../shared/forms/form-pages.js";
import { renderForm } from "../../shared/forms/render-form.js";
import type { Language } from "../../shared/i18n/localized.js";
import type { HttpResult } from "../http/http-event.js";
import type { PageRequest } from "../http/page-handler.js";
import { LINK_STATUS } from "./form-page.js";

/**
 * The problem, and below it the way to ask the coordinator for a new link. A cohort link is
 * not a form the link request can look up, so the address is always asked for.
 */
export const cohortLinkProblemPage = (
  request: PageRequest,
  problem: CohortLinkProblem,
  link: string,
) =>
  request.page(LINK_STATUS[problem], {
    title: cohortLinkProblemTitle(problem),
    content: `${renderCohortLinkProblem(problem, request.language)}\n${renderForm(
      linkRequestForm(link, "unknown"),
      {
        language: request.language,
        action: `/link-requests?lang=${request.language}`,
        headingLevel: 2,
      },
    )}`,
  });

export type OpenCohortForm = {
  link: string;
  access: Extract<CohortFormAccess, { status: "open" }>;
  form: FormDefinition;
  language: Language;
  action: string;
};

/**
 * The cohort form behind `/cohort-forms/{link}`, in the language asked for or the person's
 * own; a link that is not open answers with its problem page instead.
 */
export async function openCohortForm(
  request: PageRequest,
): Promise<{ problem: HttpResult } | OpenCohortForm> {
  const link = request.path.link ?? "";
  const access = await openCohortFormLink(request.deps, link);
  if (access.status !== "open")
    return { problem: cohortLinkProblemPage(request, access.status, link) };
  const language = request.askedLanguage ?? access.participant.language;
  return {
    link,
    access,
    form: cohortForm(access.link.kind, access.cohort, access.participant),
    language,
    action: cohortFormPath(link, language),
  };
}
