import { z } from "zod";
import {
  renderVerification,
  verificationTitle,
} from "../../shared/certificates/verification-page.js";
import { verifyCertificate } from "../../shared/domain/verify-certificate.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";

/** Whatever arrives in the path is a typed id: a malformed one is simply not found. */
const pathSchema = z.object({ certificateId: z.string().catch("") });

const STATUS = { valid: 200, revoked: 410, unknown: 404 } as const;

/** GET /certificates/{certificateId}: the public page that confirms a certificate. */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, "GET", async (request) => {
    const { certificateId } = pathSchema.parse(request.path);
    const result = await verifyCertificate(request.deps, certificateId);
    const { language } = request;
    return request.page(STATUS[result.status], {
      title: verificationTitle(result),
      content: renderVerification(result, language),
      otherLanguageHref: `/certificates/${encodeURIComponent(certificateId)}?lang=${language === "lv" ? "en" : "lv"}`,
      // The page names a person: it is for whoever holds the link, not for search engines.
      headers: { "x-robots-tag": "noindex, nofollow" },
    });
  });

export const handler = createHandler(defaultDeps);
