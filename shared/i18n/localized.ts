import { z } from "zod";

/** The two languages the programme speaks; every text a person reads exists in both. */
export const languageSchema = z.enum(["lv", "en"]);
export type Language = z.infer<typeof languageSchema>;
export const LANGUAGES = languageSchema.options;

export const localizedSchema = z.object({ lv: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

export const localized = (lv: string, en: string): Localized => ({ lv, en });

/** Fills `{name}` placeholders; unknown names stay visible so a missing value is noticed. */
export function format(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
