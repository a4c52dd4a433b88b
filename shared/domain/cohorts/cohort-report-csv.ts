import type { Language } from "../../i18n/localized.js";
import { figureTableCsv } from "../console/figures-csv.js";
import {
  type CohortReport,
  csvColumnLabel,
  type ReportTableName,
  reportTableNameSchema,
} from "./cohort-report-model.js";

/**
 * One table of the funder's report as a CSV file, written as the programme figures' files
 * are (figures-csv.ts: a byte order mark, Latvian semicolons and decimal commas, English
 * commas and points, formula-like texts neutralised), with the headers in the file's
 * language: the report's readers are people, not scripts.
 */
export function cohortReportCsv(
  report: CohortReport,
  name: ReportTableName,
  language: Language,
): string {
  const table = report.tables.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`the report has no table ${name}`);
  return figureTableCsv(table, language, (column) => csvColumnLabel(name, column, language));
}

/** "matching.csv" -> "matching"; undefined for a file the report does not have. */
export function reportTableOfFile(file: string): ReportTableName | undefined {
  const parsed = reportTableNameSchema.safeParse(file.replace(/\.csv$/, ""));
  return file.endsWith(".csv") && parsed.success ? parsed.data : undefined;
}

/** The report's CSV files, for an error that names what exists. */
export const REPORT_CSV_FILES = reportTableNameSchema.options.map((name) => `${name}.csv`);

/** A file name part made of the id's safe characters only. */
export const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, "_");
