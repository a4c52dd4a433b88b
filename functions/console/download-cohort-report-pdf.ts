import { fileSafe } from "../../shared/domain/cohorts/cohort-report-csv.js";
import { renderCohortReportPdf } from "../../shared/domain/cohorts/cohort-report-pdf.js";
import { loadCohortReport } from "../../shared/domain/cohorts/load-cohort-report.js";
import { type Deps, defaultDeps } from "../compose.js";
import type { HttpResult } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";
import { fileHeaders, reportLanguage } from "./report-language.js";

/**
 * GET /api/console/cohorts/{cohortId}/report.pdf[?lang=lv|en]: the funder's report as a PDF
 * in that language (Latvian by default). Unknown cohort: 404.
 */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event): Promise<HttpResult> => {
    const language = reportLanguage(event);
    const report = await loadCohortReport(deps(), event.pathParameters?.cohortId ?? "");
    const pdf = await renderCohortReportPdf(report, language);
    const name = `cohort-report-${fileSafe(report.cohortId)}-${language}.pdf`;
    return {
      statusCode: 200,
      headers: fileHeaders("application/pdf", name),
      body: Buffer.from(pdf).toString("base64"),
      isBase64Encoded: true,
    };
  });

export const handler = createHandler(defaultDeps);
