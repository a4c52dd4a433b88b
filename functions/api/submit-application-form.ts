import { IntakeClosedError } from "../../shared/domain/cohorts/intake-state.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { APPLICATION_FORMS } from "../../shared/forms/application-form.js";
import {
  applyHref,
  CHECK_MAILBOX_TITLE,
  CHOOSE_ROLE_TITLE,
  renderCheckMailbox,
  renderChooseRole,
} from "../../shared/forms/application-pages.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { renderWaitingList, waitingListForm } from "../../shared/forms/waiting-list-pages.js";
import { applicantRoleSchema, applicationSchema } from "../../shared/schemas/application.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";

/** POST /apply: the HTML form's submission; errors come back next to their fields. */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, { method: "POST", budget: "applications" }, async (request) => {
    const { language, posted } = request;
    const role = applicantRoleSchema.safeParse(posted.role?.[0]);
    if (!role.success)
      return request.page(400, {
        title: CHOOSE_ROLE_TITLE,
        content: renderChooseRole(language, true),
      });
    const { form } = request.useForm({
      form: APPLICATION_FORMS[role.data],
      action: applyHref(language),
      fallbackField: "role",
    });
    const application = request.parse(applicationSchema, readFormFields(form, posted));
    try {
      await submitApplication(request.deps, application);
    } catch (error) {
      if (!(error instanceof IntakeClosedError)) throw error;
      // Between intakes nothing is kept: the waiting list instead, with what can carry over.
      const next = error.nextIntakeOpensAt;
      const { email, language: chosen, role: applied } = application;
      return request.page(409, {
        title: waitingListForm(next).title,
        content: renderWaitingList(next, language, {
          email: [email],
          language: [chosen],
          role: [applied],
        }),
      });
    }
    // The same page whether the address is new, unconfirmed or confirmed: only its mailbox
    // learns which (the confirmation link, or the status of the application it has).
    return request.page(202, {
      title: CHECK_MAILBOX_TITLE,
      content: renderCheckMailbox(language),
    });
  });

export const handler = createHandler(defaultDeps);
