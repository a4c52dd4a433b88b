import type { FigureTable } from "../../schemas/figures.js";

/**
 * A text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) or read past a tab or
 * carriage return gets a leading single quote, so it opens as the text it is. Figures are
 * written as numbers we made and are left alone: a quote would turn them into text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutralised = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** RFC 4180: a field with a quote, comma or line break is quoted, quotes doubled. */
const quoted = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A text field as a CSV cell: neutralised first, then quoted as CSV requires. */
export const csvText = (text: string) => quoted(neutralised(text));

/**
 * One table as CSV: a UTF-8 byte order mark (so spreadsheet programs read Latvian letters),
 * a header row, CRLF line ends. A hidden figure is an empty field, like a figure without data.
 */
export function figureTableCsv(table: FigureTable): string {
  const columns = [...table.keys, ...table.figures];
  const lines = [columns.map(csvText).join(",")];
  for (const row of table.rows) {
    lines.push(
      columns
        .map((column) => {
          const value = row[column];
          if (value === undefined) return "";
          if (typeof value === "string") return csvText(value);
          return value.value === null ? "" : String(value.value);
        })
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
