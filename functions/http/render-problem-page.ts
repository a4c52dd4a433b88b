import { PROBLEM_TITLE, renderProblem } from "../../shared/forms/application-pages.js";
import { renderTooManyRequests, TOO_MANY_REQUESTS_TITLE } from "../../shared/forms/limit-pages.js";
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
  // A spent budget says when to come back (the Retry-After the answer carries).
  const retryAfter = Number(problem.headers?.["retry-after"]);
  const tooMany = problem.status === 429;
  return html(
    problem.status,
    renderPage({
      language,
      title: tooMany ? TOO_MANY_REQUESTS_TITLE : PROBLEM_TITLE,
      content: tooMany
        ? renderTooManyRequests(language, retryAfter || 60)
        : renderProblem(problem.body.error, language),
      contactEmail,
    }),
  );
}
