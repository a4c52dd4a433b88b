import { confirmApplication } from "../../shared/domain/confirm-application.js";
import { renderResult, resultTitle } from "../../shared/forms/application-pages.js";
import { renderConfirmed } from "../../shared/forms/confirmation-pages.js";
import { nextStepText } from "../../shared/mail/application-mail.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";
import { confirmationProblemPage } from "./confirmation-page.js";

/**
 * POST /confirm/{token}: confirms the application once and shows its eligibility outcome;
 * a second post is told kindly that it is already confirmed and changes nothing.
 */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, { method: "POST", budget: "formAnswers" }, async (request) => {
    const confirmed = await confirmApplication(request.deps, request.path.token ?? "");
    if (confirmed.status !== "done") return confirmationProblemPage(request, confirmed);
    const language = request.askedLanguage ?? confirmed.participant.language;
    return request.page(200, {
      language,
      title: resultTitle(confirmed.result),
      content: renderResult(
        confirmed.result,
        language,
        renderConfirmed(language),
        nextStepText(language, confirmed.answerBy),
      ),
    });
  });

export const handler = createHandler(defaultDeps);
