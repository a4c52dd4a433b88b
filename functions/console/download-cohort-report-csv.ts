import {
  cohortReportCsv,
  fileSafe,
  REPORT_CSV_FILES,
  reportTableOfFile,
} from "../../shared/domain/cohorts/cohort-report-csv.js";
import { loadCohortReport } from "../../shared/domain/cohorts/load-cohort-report.js";
import { NotFoundError } from "../../shared/domain/errors.js";
import { type Deps, defaultDeps } from "../compose.js";
import type { HttpResult } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";
import { fileHeaders, reportLanguage } from "./report-language.js";

/**
 * GET /api/console/cohorts/{cohortId}/report/{table}.csv[?lang=lv|en]: one table of the
 * funder's report for a spreadsheet in that language. A table the report does not have is a
 * 404 that lists the files it has; so is an unknown cohort.
 */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event): Promise<HttpResult> => {
    const file = event.pathParameters?.table ?? "";
    const table = reportTableOfFile(file);
    if (!table)
      throw new NotFoundError(
        `the report has no table ${JSON.stringify(file)}; its tables are ${REPORT_CSV_FILES.join(", ")}`,
      );
    const language = reportLanguage(event);
    const report = await loadCohortReport(deps(), event.pathParameters?.cohortId ?? "");
    const name = `cohort-report-${fileSafe(report.cohortId)}-${table}-${language}.csv`;
    return {
      statusCode: 200,
      headers: fileHeaders("text/csv; charset=utf-8", name),
      body: cohortReportCsv(report, table, language),
    };
  });

export const handler = createHandler(defaultDeps);
