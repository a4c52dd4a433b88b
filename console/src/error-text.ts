/**
 * An error from the API in the console's language: a known refusal by its code, anything
 * else as a sentence with the status, so no server English reaches a Latvian page.
 */
import { ApiError } from "./api";
import { MESSAGES, type MessageKey, type Translate } from "./i18n";

export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    // `<action>_not_possible` codes share one sentence.
    const code = error.code.endsWith("_not_possible") ? "not_possible" : error.code;
    const key = `apiError_${code}`;
    if (key in MESSAGES) return t(key as MessageKey);
    return t("apiError_unknown", { status: error.status });
  }
  if (error instanceof TypeError) return t("apiError_network");
  return t("apiError_unknown", { status: "–" });
}
