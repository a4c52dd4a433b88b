import { intakeState, nextIntakeOpensAt } from "../../shared/domain/cohorts/intake-state.js";
import { joinWaitingList } from "../../shared/domain/cohorts/waiting-list.js";
import { applyHref } from "../../shared/forms/application-pages.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import {
  renderWaitingListPage,
  WAITING_LIST_ACTION,
  waitingListForm,
  waitingListPageTitle,
} from "../../shared/forms/waiting-list-pages.js";
import { waitingListJoinSchema } from "../../shared/schemas/waiting-list.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";

/**
 * POST /waiting-list: the application page's form between intakes. Errors come back next to
 * their fields and nothing is kept; a valid address joins (once: a second time changes
 * nothing) and gets the e-mail with the leave link. The page is the same whether or not the
 * address was on the list already. While an intake is open (or the programme has no rounds)
 * nothing is kept and the form sends on to the application form.
 */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, { method: "POST", budget: "applications" }, async (request) => {
    const { language, posted } = request;
    const intake = intakeState(await request.deps.store.listCohorts(), request.deps.clock.now());
    const { form } = request.useForm({
      form: waitingListForm(nextIntakeOpensAt(intake)),
      action: WAITING_LIST_ACTION(language),
      fallbackField: "email",
    });
    const input = request.parse(waitingListJoinSchema, readFormFields(form, posted));
    if (intake.kind !== "closed")
      return { statusCode: 303, headers: { location: applyHref(language, input.role) }, body: "" };
    await joinWaitingList(request.deps, { ...input, source: "form" });
    return request.page(200, {
      title: waitingListPageTitle("joined"),
      content: renderWaitingListPage("joined", language),
    });
  });

export const handler = createHandler(defaultDeps);
