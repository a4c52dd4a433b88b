import { z } from "zod";
import { type Language, languageSchema } from "../../shared/i18n/localized.js";
import { parseInput } from "../http/parse-input.js";
import { pickLanguage } from "../http/pick-language.js";
import type { CoordinatorEvent } from "../http/require-coordinator.js";

const querySchema = z.object({ lang: languageSchema.optional() });

/**
 * The language of a report file: `?lang=lv|en` (anything else is a 400 naming the field),
 * else the browser's, else Latvian.
 */
export function reportLanguage(event: CoordinatorEvent): Language {
  parseInput(querySchema, event.queryStringParameters ?? {}, "en");
  return pickLanguage(event, "lv");
}

/** A file answer: never cached, never sniffed, saved under its name. */
export const fileHeaders = (contentType: string, filename: string) => ({
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "content-type": contentType,
  "content-disposition": `attachment; filename="${filename}"`,
});
