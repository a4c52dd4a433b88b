import { DuplicateApplicationError } from "../../shared/domain/errors.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { APPLICATION_FORMS } from "../../shared/forms/application-form.js";
import {
  ALREADY_APPLIED,
  applyHref,
  CHOOSE_ROLE_TITLE,
  renderChooseRole,
  renderResult,
  resultTitle,
} from "../../shared/forms/application-pages.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { applicantRoleSchema, applicationSchema } from "../../shared/schemas/application.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";

/** POST /apply: the HTML form's submission; errors come back next to their fields. */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, "POST", async (request) => {
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
      errorsAtFields: [
        { error: DuplicateApplicationError, field: "email", message: ALREADY_APPLIED },
      ],
    });
    const application = request.parse(applicationSchema, readFormFields(form, posted));
    const result = await submitApplication(request.deps, application);
    return request.page(201, {
      title: resultTitle(result),
      content: renderResult(result, language),
    });
  });

export const handler = createHandler(defaultDeps);
