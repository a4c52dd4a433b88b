import middy from "@middy/core";
import { z } from "zod";
import {
  renderVerification,
  verificationTitle,
} from "../../shared/certificates/verification-page.js";
import { verifyCertificate } from "../../shared/domain/verify-certificate.js";
import { renderPage } from "../../shared/forms/render-page.js";
import { type Deps, defaultDeps } from "../compose.js";
import { handleErrors } from "../http/handle-errors.js";
import { type HttpEvent, type HttpResult, html } from "../http/http-event.js";
import { pickLanguage } from "../http/pick-language.js";
import { renderProblemPage } from "../http/render-problem-page.js";

/** Whatever arrives in the path is a typed id: a malformed one is simply not found. */
const pathSchema = z.object({ certificateId: z.string().catch("") });

const STATUS = { valid: 200, revoked: 410, unknown: 404 } as const;

/** GET /certificates/{certificateId}: the public page that confirms a certificate. */
export const createHandler = (deps: () => Deps) =>
  middy<HttpEvent, HttpResult>()
    .use(handleErrors((problem, event) => renderProblemPage(problem, event, deps)))
    .handler(async (event) => {
      const { certificateId } = pathSchema.parse(event.pathParameters ?? {});
      const result = await verifyCertificate(deps(), certificateId);
      const language = pickLanguage(event);
      const page = html(
        STATUS[result.status],
        renderPage({
          language,
          title: verificationTitle(result),
          content: renderVerification(result, language),
          otherLanguageHref: `/certificates/${encodeURIComponent(certificateId)}?lang=${language === "lv" ? "en" : "lv"}`,
          contactEmail: deps().config.contactEmail,
        }),
      );
      // The page names a person: it is for whoever holds the link, not for search engines.
      return { ...page, headers: { ...page.headers, "x-robots-tag": "noindex, nofollow" } };
    });

export const handler = createHandler(defaultDeps);
