import { localized } from "../../i18n/localized.js";
import { COORDINATOR_WHY, type MailTemplate } from "../../mail/workflow-mail.js";
import type { Cohort } from "../../schemas/cohort.js";
import { MINIMUM_GROUP } from "../../schemas/figures.js";
import {
  coordinatorOf,
  publicUrl,
  sendOnce,
  type WorkflowDeps,
} from "../workflow/workflow-deps.js";
import { buildCohortReport } from "./build-cohort-report.js";
import { fileSafe } from "./cohort-report-csv.js";
import { cellKind, figureAt, formatFigure } from "./cohort-report-model.js";
import { renderCohortReportPdf } from "./cohort-report-pdf.js";
import { loadCohortReportInput } from "./load-cohort-report.js";

export const REPORT_MAIL: MailTemplate = {
  subject: localized(
    "Kārtas „{cohort}” pārskats finansētājam",
    "The funder's report of the cohort “{cohort}”",
  ),
  body: localized(
    `Kārta „{cohort}” ir noslēgusies. Pielikumā ir tās pārskats finansētājam (PDF latviešu un angļu valodā): dalībnieki pēc iestādes veida, lomu kategorijas un sektora, formāti, tikšanās un mentoringa stundas, mērķi, vērtējumi, aptaujas un savietošanas rezultāti. Skaitļi, aiz kuriem ir mazāk nekā ${MINIMUM_GROUP} cilvēki, ir slēpti. Zemāk ir galvenie rādītāji; tabulas CSV formātā varat lejupielādēt konsolē.`,
    `The cohort “{cohort}” has come to its end. Attached is its report for the funder (PDF, in Latvian and in English): participants by institution type, role category and sector, formats, sessions and mentoring hours, goals, ratings, surveys and how well matching worked. Figures with fewer than ${MINIMUM_GROUP} people behind them are hidden. The key figures are below; the tables as CSV files can be downloaded in the console.`,
  ),
  button: localized("Atvērt kārtu konsolē", "Open the cohort in the console"),
  why: COORDINATOR_WHY,
};

const KEY_FIGURES_TITLE = localized("Galvenie rādītāji", "Key figures");

/** The idempotency key of the report's e-mail: one per cohort, whoever asks again. */
export const cohortReportKey = (cohortId: string) => `cohort-report#${cohortId}`;

/**
 * At the round's end: the coordinator gets the funder's report by e-mail, both PDFs
 * attached (Latvian and English) and the key figures in the text, in the coordinator's
 * language. Once per cohort (the mailer's key), so a retried or resumed step sends nothing
 * twice.
 */
export async function sendCohortReport(deps: WorkflowDeps, cohort: Cohort): Promise<void> {
  const report = buildCohortReport(
    await loadCohortReportInput(deps, cohort),
    deps.clock.now().toISOString(),
  );
  const [lv, en] = await Promise.all([
    renderCohortReportPdf(report, "lv"),
    renderCohortReportPdf(report, "en"),
  ]);
  const coordinator = coordinatorOf(deps);
  const { language } = coordinator;
  const keyFigures = report.tables.find((table) => table.name === "key-figures");
  const entries = (keyFigures?.rows ?? []).map((row) => {
    const cell = figureAt(row, "value");
    return {
      label: String(row[`label_${language}`] ?? row.code),
      text: cell ? formatFigure(cell, cellKind(row, "value"), language) : "",
    };
  });
  const id = fileSafe(cohort.cohortId);
  await sendOnce(
    deps,
    cohortReportKey(cohort.cohortId),
    coordinator,
    REPORT_MAIL,
    {
      name: coordinator.name,
      cohort: cohort.name[language],
      link: publicUrl(deps, `/console/cohorts/${encodeURIComponent(cohort.cohortId)}`),
      sections: [{ title: KEY_FIGURES_TITLE[language], entries }],
    },
    [
      { filename: `kartas-parskats-${id}-lv.pdf`, contentType: "application/pdf", content: lv },
      { filename: `cohort-report-${id}-en.pdf`, contentType: "application/pdf", content: en },
    ],
  );
}
