import { format, type Language } from "./localized.js";

/**
 * Plural forms by the CLDR categories `Intl.PluralRules` returns. Latvian has three: `zero`
 * (0, 10-20, 30, 40... and 11-19 in any hundred: "10 soļu"), `one` (1, 21, 31... but not 11:
 * "21 solis") and `other` ("2 soļi"); English has `one` and `other`. A language's record
 * must have every category the language uses, so no form is guessed.
 */
export interface PluralForms {
  lv: { zero: string; one: string; other: string };
  en: { one: string; other: string };
}

// One rules object per language: constructing one reads CLDR data, selecting is cheap.
const rules = new Map<Language, Intl.PluralRules>();
const rulesOf = (language: Language): Intl.PluralRules => {
  let found = rules.get(language);
  if (!found) {
    found = new Intl.PluralRules(language);
    rules.set(language, found);
  }
  return found;
};

/** The plural category of a count in a language: "zero", "one", "other"... */
export const pluralCategory = (language: Language, count: number): Intl.LDMLPluralRule =>
  rulesOf(language).select(count);

/** The form of `forms` for a count; a category the record lacks falls back to `other`. */
export function pluralForm(language: Language, count: number, forms: PluralForms): string {
  const own: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string } = forms[language];
  return own[pluralCategory(language, count)] ?? own.other;
}

/**
 * A counted phrase: the form for `count` with `{count}` and any other placeholders filled
 * ("{count} soļi" -> "21 solis", "{n} of {count} mentees" -> "1 of 1 mentee").
 */
export const countPhrase = (
  language: Language,
  count: number,
  forms: PluralForms,
  values: Record<string, string | number> = {},
): string => format(pluralForm(language, count, forms), { ...values, count });

/** Builds a record of plural forms (reads like `localized`). */
export const plural = (lv: PluralForms["lv"], en: PluralForms["en"]): PluralForms => ({ lv, en });
