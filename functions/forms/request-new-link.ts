import { requestNewLink } from "../../shared/domain/workflow/request-new-link.js";
import {
  EMAIL_NEEDED,
  linkRequestedTitle,
  linkRequestForm,
  renderLinkRequested,
} from "../../shared/forms/form-pages.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { linkRequestInputSchema } from "../../shared/schemas/link-request.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";

/** POST /link-requests: from a link problem page, a request for a new link to the coordinator. */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, { method: "POST", budget: "linkRequests" }, async (request) => {
    const { language, posted } = request;
    const link = posted.link?.[0] ?? "";
    const { form } = request.useForm({
      form: linkRequestForm(link, "unknown"),
      action: `/link-requests?lang=${language}`,
      // The hidden link has no place to show an error: it is said by the address.
      fallbackField: "email",
    });
    const input = request.parse(linkRequestInputSchema, readFormFields(form, posted));
    const result = await requestNewLink(request.deps, input);
    if (result.status === "open")
      return {
        statusCode: 303,
        headers: { location: `/f/${encodeURIComponent(link)}?lang=${language}` },
        body: "",
      };
    if (result.status === "email_needed")
      return request.formPage(400, { email: EMAIL_NEEDED[language] });
    return request.page(200, {
      title: linkRequestedTitle,
      content: renderLinkRequested(result.created, language),
    });
  });

export const handler = createHandler(defaultDeps);
