import { openLeaveLink } from "../../shared/domain/cohorts/waiting-list.js";
import {
  leaveHref,
  renderWaitingListPage,
  waitingListPageTitle,
} from "../../shared/forms/waiting-list-pages.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";

/**
 * GET /waiting-list/leave/{token}: a button that takes the address off the waiting list;
 * opening the link changes nothing (mail scanners open links). Already left 410, unknown or
 * tampered 404, each its own page.
 */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, "GET", async (request) => {
    const token = request.path.token ?? "";
    const access = await openLeaveLink(request.deps, token);
    if (access.status !== "open") {
      return request.page(access.status === "left" ? 410 : 404, {
        title: waitingListPageTitle(access.status),
        content: renderWaitingListPage(access.status, request.language),
      });
    }
    const language = request.askedLanguage ?? access.entry.language;
    return request.page(200, {
      language,
      title: waitingListPageTitle("leave"),
      content: renderWaitingListPage("leave", language, token),
      otherLanguageHref: leaveHref(token, language === "lv" ? "en" : "lv"),
    });
  });

export const handler = createHandler(defaultDeps);
