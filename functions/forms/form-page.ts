import {
  type LinkProblem,
  linkProblemTitle,
  linkRequestForm,
  renderLinkProblem,
} from "../../shared/forms/form-pages.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { renderPage } from "../../shared/forms/render-page.js";
import type { Language } from "../../shared/i18n/localized.js";
import type { Deps } from "../compose.js";
import { html } from "../http/http-event.js";

/** 404 for a link we cannot recognise; 410 for one that was real but is done. */
export const LINK_STATUS: Record<LinkProblem, number> = {
  unknown: 404,
  expired: 410,
  answered: 410,
  closed: 410,
};

/** The problem, and below it the way to ask the coordinator for a new link. */
export const linkProblemPage = (
  deps: Deps,
  problem: LinkProblem,
  language: Language,
  link: string,
) =>
  html(
    LINK_STATUS[problem],
    renderPage({
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
      contactEmail: deps.config.contactEmail,
    }),
  );
