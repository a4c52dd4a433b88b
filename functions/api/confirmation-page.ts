import type { ConfirmationAccess } from "../../shared/domain/confirm-application.js";
import {
  type ConfirmationProblem,
  confirmationProblemTitle,
  renderConfirmationProblem,
} from "../../shared/forms/confirmation-pages.js";
import type { PageRequest } from "../http/page-handler.js";

/** 404 for a link we cannot recognise; 410 for one that was real but is done with. */
const STATUS: Record<ConfirmationProblem, number> = { unknown: 404, expired: 410, confirmed: 410 };

/** The page of a confirmation link that is not open, in the person's language when known. */
export function confirmationProblemPage(
  request: PageRequest,
  access: Exclude<ConfirmationAccess, { status: "open" }>,
) {
  const language =
    request.askedLanguage ??
    (access.status === "unknown" ? undefined : access.participant.language);
  return request.page(STATUS[access.status], {
    ...(language ? { language } : {}),
    title: confirmationProblemTitle(access.status),
    content: renderConfirmationProblem(access.status, language ?? request.language),
  });
}
