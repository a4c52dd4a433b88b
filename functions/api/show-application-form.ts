import { APPLICATION_FORMS, initialValues } from "../../shared/forms/application-form.js";
import {
  applyHref,
  CHOOSE_ROLE_TITLE,
  renderChooseRole,
} from "../../shared/forms/application-pages.js";
import { renderForm } from "../../shared/forms/render-form.js";
import { applicantRoleSchema } from "../../shared/schemas/application.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";

/** GET /apply?role=mentee|mentor&lang=lv|en: the application form; reads nothing, writes nothing. */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, "GET", async ({ language, query, page }) => {
    const other = language === "lv" ? "en" : "lv";
    const role = applicantRoleSchema.safeParse(query.role);
    // An unknown role or language still gets a page to go on from, but with 400.
    const status =
      (query.role !== undefined && !role.success) ||
      (query.lang !== undefined && query.lang !== language)
        ? 400
        : 200;
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
