import type { Language } from "../../i18n/localized.js";
import type { FigureTable } from "../../schemas/figures.js";

/**
 * A text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) or read past a tab or
 * carriage return gets a leading single quote, so it opens as the text it is. Figures are
 * written as numbers we made and are left alone: a quote would turn them into text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutralised = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * Each column's header in a Latvian download. The English one keeps the column codes as its
 * headers, stable for scripts that read the files.
 */
export const LATVIAN_COLUMNS: Record<string, string> = {
  code: "Kods",
  label_lv: "Nosaukums latviski",
  label_en: "Nosaukums angliski",
  month: "Mēnesis",
  phase: "Posms",
  phase_lv: "Posms latviski",
  phase_en: "Posms angliski",
  health: "Stāvoklis",
  health_lv: "Stāvoklis latviski",
  health_en: "Stāvoklis angliski",
  relationships: "Sadarbības",
  people: "Cilvēki",
  completed: "Pabeigtas",
  completionRate: "Pabeigto daļa, %",
  applied: "Pieteikušies",
  eligible: "Atbilst nosacījumiem",
  placed: "Iekļauti sadarbībā",
  reflections: "Refleksijas",
  valueAverage: "Vērtība, vidēji",
  ideasAverage: "Idejas, vidēji",
  safetyAverage: "Drošības sajūta, vidēji",
  escalations: "Eskalācijas",
};

/**
 * How a spreadsheet of that language opens a CSV file: Latvian Excel expects a semicolon
 * between fields and a decimal comma ("94,2"); English a comma and a decimal point.
 */
const DIALECTS: Record<Language, { separator: string; decimal: string }> = {
  lv: { separator: ";", decimal: "," },
  en: { separator: ",", decimal: "." },
};

/** RFC 4180 (with the dialect's separator): a field with a quote, separator or line break is quoted. */
const quoted = (text: string, separator: string) =>
  text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/** A text field as a CSV cell: neutralised first, then quoted as CSV requires. */
export const csvText = (text: string, separator = ",") => quoted(neutralised(text), separator);

/**
 * One table as CSV for a spreadsheet in `language`: a UTF-8 byte order mark (so spreadsheet
 * programs read Latvian letters), a header row (Latvian labels, or the codes), CRLF line ends. A hidden
 * figure is an empty field, like a figure without data.
 */
export function figureTableCsv(
  table: Omit<FigureTable, "name"> & { name: string },
  language: Language = "en",
  /** Another file's own headers (the funder's report names its columns in both languages). */
  headerOf?: (column: string) => string,
): string {
  const { separator, decimal } = DIALECTS[language];
  const columns = [...table.keys, ...table.figures];
  const header = columns.map(
    (column) =>
      headerOf?.(column) ?? (language === "lv" ? (LATVIAN_COLUMNS[column] ?? column) : column),
  );
  const lines = [header.map((text) => csvText(text, separator)).join(separator)];
  for (const row of table.rows) {
    lines.push(
      columns
        .map((column) => {
          const value = row[column];
          if (value === undefined) return "";
          if (typeof value === "string") return csvText(value, separator);
          return value.value === null ? "" : String(value.value).replace(".", decimal);
        })
        .join(separator),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
