import { type FormAccess, openFormLink } from "../../shared/domain/workflow/answer-form.js";
import {
  type LinkProblem,
  linkProblemTitle,
  linkRequestForm,
  renderLinkProblem,
} from "../../shared/forms/form-pages.js";
import { renderForm } from "../../shared/forms/render-form.js";
import type { Language } from "../../shared/i18n/localized.js";
import type { HttpResult } from "../http/http-event.js";
import type { PageRequest } from "../http/page-handler.js";

/** 404 for a link we cannot recognise; 410 for one that was real but is done. */
export const LINK_STATUS: Record<LinkProblem, number> = {
  unknown: 404,
  expired: 410,
  answered: 410,
  closed: 410,
};

/** The problem, and below it the way to ask the coordinator for a new link. */
export const linkProblemPage = (
  request: PageRequest,
  problem: LinkProblem,
  link: string,
  language: Language = request.language,
) =>
  request.page(LINK_STATUS[problem], {
    language,
    title: linkProblemTitle(problem),
    content: `${renderLinkProblem(problem, language)}\n${renderForm(
      linkRequestForm(link, problem),
      {
        language,
        action: `/link-requests?lang=${language}`,
        headingLevel: 2,
      },
    )}`,
  });

/** A form link's own address, with the language its page is in. */
export const formHref = (link: string, language: Language) => `/f/${link}?lang=${language}`;

/**
 * The form behind `/f/{link}`, in the language asked for or the form's own; a link that is
 * not open answers with its problem page instead.
 */
export async function openForm(
  request: PageRequest,
): Promise<
  | { problem: HttpResult }
  | { link: string; access: Extract<FormAccess, { status: "open" }>; language: Language }
> {
  const link = request.path.link ?? "";
  const access = await openFormLink(request.deps, link);
  if (access.status !== "open") return { problem: linkProblemPage(request, access.status, link) };
  return { link, access, language: request.askedLanguage ?? access.form.language };
}
