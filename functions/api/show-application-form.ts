import { intakeState, nextIntakeOpensAt } from "../../shared/domain/cohorts/intake-state.js";
import { APPLICATION_FORMS, initialValues } from "../../shared/forms/application-form.js";
import {
  applyHref,
  CHOOSE_ROLE_TITLE,
  renderChooseRole,
} from "../../shared/forms/application-pages.js";
import { renderForm } from "../../shared/forms/render-form.js";
import {
  renderWaitingList,
  waitingListForm,
  waitingListValues,
} from "../../shared/forms/waiting-list-pages.js";
import { applicantRoleSchema } from "../../shared/schemas/application.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";

/**
 * GET /apply?role=mentee|mentor&lang=lv|en (and GET /): the application form; reads only the
 * cohorts. While the programme runs in rounds and no intake is open, the page says when the
 * next one opens and offers the waiting list instead.
 */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, "GET", async ({ language, query, page, deps }) => {
    const other = language === "lv" ? "en" : "lv";
    const role = applicantRoleSchema.safeParse(query.role);
    // An unknown role or language still gets a page to go on from, but with 400.
    const status =
      (query.role !== undefined && !role.success) ||
      (query.lang !== undefined && query.lang !== language)
        ? 400
        : 200;
    const intake = intakeState(await deps.store.listCohorts(), deps.clock.now());
    if (intake.kind === "closed") {
      const next = nextIntakeOpensAt(intake);
      return page(status, {
        title: waitingListForm(next).title,
        content: renderWaitingList(
          next,
          language,
          waitingListValues(language, role.success ? role.data : undefined),
        ),
        otherLanguageHref: applyHref(other, role.success ? role.data : undefined),
      });
    }
    if (!role.success) {
      return page(status, {
        title: CHOOSE_ROLE_TITLE,
        content: renderChooseRole(language, status === 400),
        otherLanguageHref: applyHref(other),
      });
    }
    const form = APPLICATION_FORMS[role.data];
    return page(status, {
      title: form.title,
      content: renderForm(form, {
        language,
        action: applyHref(language),
        values: initialValues(language),
      }),
      otherLanguageHref: applyHref(other, role.data),
    });
  });

export const handler = createHandler(defaultDeps);
