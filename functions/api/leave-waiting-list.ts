import { leaveByLink } from "../../shared/domain/cohorts/waiting-list.js";
import {
  renderWaitingListPage,
  waitingListPageTitle,
} from "../../shared/forms/waiting-list-pages.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";

/**
 * POST /waiting-list/leave/{token}: takes the address off the waiting list, once; a second
 * post is told kindly (410) that it already left, and an unknown link changes nothing (404).
 */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, { method: "POST", budget: "formAnswers" }, async (request) => {
    const left = await leaveByLink(request.deps, request.path.token ?? "");
    if (left.status === "done") {
      const language = request.askedLanguage ?? left.entry.language;
      return request.page(200, {
        language,
        title: waitingListPageTitle("done"),
        content: renderWaitingListPage("done", language),
      });
    }
    return request.page(left.status === "left" ? 410 : 404, {
      title: waitingListPageTitle(left.status),
      content: renderWaitingListPage(left.status, request.language),
    });
  });

export const handler = createHandler(defaultDeps);
