import {
  type CohortReport,
  cellKind,
  columnLabel,
  figureAt,
  formatFigure,
  REPORT_TITLE,
  type ReportTable,
  ROW_HEADERS,
} from "../shared/domain/cohorts/cohort-report-model.js";
import type { Language } from "../shared/i18n/localized.js";

/**
 * The funder's report as plain text tables for a terminal: the label column cut to a
 * readable width, each figure column as wide as its words need (headers wrap).
 */

const LABEL_WIDTH = 60;
const HEADER_WIDTH = 13;

const cut = (text: string, width: number) =>
  text.length <= width ? text : `${text.slice(0, width - 1)}…`;

/** Words into lines of at most `width` characters (a longer word keeps its own line). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function tableText(table: ReportTable, language: Language): string {
  const labels = table.rows.map((row) =>
    cut(String(row[`label_${language}`] ?? row.code), LABEL_WIDTH),
  );
  const labelWidth = Math.max(
    ROW_HEADERS[table.name][language].length,
    ...labels.map((l) => l.length),
  );
  const columns = table.figures.map((column) => {
    const header = wrapWords(columnLabel(table.name, column, language), HEADER_WIDTH);
    const values = table.rows.map((row) => {
      const cell = figureAt(row, column);
      return cell ? formatFigure(cell, cellKind(row, column), language) : "";
    });
    const width = Math.max(...header.map((h) => h.length), ...values.map((v) => v.length));
    return { header, values, width };
  });
  const headerLines = Math.max(1, ...columns.map((c) => c.header.length));
  const lines = [`${table.title[language]}`];
  for (let i = 0; i < headerLines; i++) {
    const first = i === headerLines - 1 ? ROW_HEADERS[table.name][language] : "";
    const cells = columns.map((c) => {
      // Headers sit on the bottom lines, right-aligned over their figures.
      const line = c.header[i - (headerLines - c.header.length)] ?? "";
      return line.padStart(c.width);
    });
    lines.push(`  ${first.padEnd(labelWidth)}  ${cells.join("  ")}`.trimEnd());
  }
  lines.push(`  ${"-".repeat(labelWidth + columns.reduce((sum, c) => sum + c.width + 2, 0))}`);
  labels.forEach((label, r) => {
    const cells = columns.map((c) => (c.values[r] ?? "").padStart(c.width));
    lines.push(`  ${label.padEnd(labelWidth)}  ${cells.join("  ")}`);
  });
  return lines.join("\n");
}

export function reportText(report: CohortReport, language: Language): string {
  const lines = [
    `${REPORT_TITLE[language]}: ${report.name[language]}`,
    report.project[language],
    "",
    report.rule[language],
    "",
  ];
  for (const table of report.tables) lines.push(tableText(table, language), "");
  return lines.join("\n");
}
