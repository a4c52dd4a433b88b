import { openConfirmation } from "../../shared/domain/confirm-application.js";
import {
  CONFIRM_TITLE,
  confirmHref,
  renderConfirmForm,
} from "../../shared/forms/confirmation-pages.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";
import { confirmationProblemPage } from "./confirmation-page.js";

/** GET /confirm/{token}: a button that confirms; reads only (mail scanners open links too). */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, "GET", async (request) => {
    const token = request.path.token ?? "";
    const access = await openConfirmation(request.deps, token);
    if (access.status !== "open") return confirmationProblemPage(request, access);
    const language = request.askedLanguage ?? access.participant.language;
    return request.page(200, {
      language,
      title: CONFIRM_TITLE,
      content: renderConfirmForm(token, access.participant.confirmBy ?? "", language),
      otherLanguageHref: confirmHref(token, language === "lv" ? "en" : "lv"),
    });
  });

export const handler = createHandler(defaultDeps);
