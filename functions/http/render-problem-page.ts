import { PROBLEM_TITLE, renderProblem } from "../../shared/forms/application-pages.js";
import { renderPage } from "../../shared/forms/render-page.js";
import type { Deps } from "../compose.js";
import { type HttpEvent, type HttpResult, html } from "./http-event.js";
import type { Problem } from "./map-error.js";
import { pickLanguage } from "./pick-language.js";

/** The HTML twin of the JSON error body, for people using the forms. */
export function renderProblemPage(
  problem: Problem,
  event: HttpEvent,
  deps: () => Deps,
): HttpResult {
  const language = pickLanguage(event);
  let contactEmail = "";
  try {
    contactEmail = deps().config.contactEmail;
  } catch {
    // Composition itself failed (e.g. missing configuration); the page still renders.
  }
  return html(
    problem.status,
    renderPage({
      language,
      title: PROBLEM_TITLE,
      content: renderProblem(problem.body.error, language),
      contactEmail,
    }),
  );
}
