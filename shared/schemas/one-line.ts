import { z } from "zod";

/**
 * Whether a text holds a character that breaks a line or controls a terminal: C0 controls
 * (tab, CR, LF and NUL among them), DEL, C1 controls and the Unicode line and paragraph
 * separators. A browser's one-line input never sends them; a crafted request might, to
 * split an e-mail header, a calendar line or a CSV row where the value is written later.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      return true;
  }
  return false;
}

/** The reason explainIssues turns into "one line, without control characters". */
export const CONTROL_CHARACTERS_REASON = "control_characters";

/**
 * A one-line text (names, titles, addresses, ids): trimmed, then refused with a field error
 * when it holds a control character. Chain min/max after it; the check runs first, so the
 * person reads what is actually wrong.
 */
export const oneLine = () =>
  z
    .string()
    .trim()
    .refine((value) => !hasControlCharacter(value), {
      message: "one line without control characters",
      params: { reason: CONTROL_CHARACTERS_REASON },
    });
