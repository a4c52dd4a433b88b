import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HmacSigner } from "../shared/adapters/crypto/hmac-signer.js";
import { fileSafe } from "../shared/domain/cohorts/cohort-report-csv.js";
import { renderCohortReportPdf } from "../shared/domain/cohorts/cohort-report-pdf.js";
import { loadCohortReport } from "../shared/domain/cohorts/load-cohort-report.js";
import { sendCohortReport } from "../shared/domain/cohorts/send-cohort-report.js";
import type { WorkflowDeps } from "../shared/domain/workflow/workflow-deps.js";
import { type Language, languageSchema } from "../shared/i18n/localized.js";
import { randomIds } from "../shared/ports/ids.js";
import type { Workflow } from "../shared/ports/workflow.js";
import { RecordingMailer } from "../test/fixtures/recording-mailer.js";
import { reportText } from "./report-text.js";
import { SIMULATED_COHORT, SIMULATION_NOW, simulatedCohort } from "./simulated-cohort.js";

/**
 * `npm run report:simulate [-- lv|en]`: a round of 60 people in memory (bench/simulated-cohort.ts),
 * its funder's report printed as text tables (Latvian by default), both PDFs written to a
 * temporary directory, and the coordinator's e-mail sent twice to show it goes once.
 */

const arg = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? process.env.LANG_REPORT;
const parsed = languageSchema.safeParse(arg?.replace(/^--lang=/, "") ?? "lv");
if (!parsed.success) {
  console.error(`usage: npm run report:simulate [-- lv|en] (not ${JSON.stringify(arg)})`);
  process.exit(2);
}
const language: Language = parsed.data;

const started = performance.now();
const { store, workflowStore } = await simulatedCohort();
const clock = { now: () => SIMULATION_NOW };
const report = await loadCohortReport({ store, workflowStore, clock }, SIMULATED_COHORT.cohortId);
console.log(reportText(report, language));

const dir = await mkdtemp(join(tmpdir(), "cohort-report-"));
for (const pdfLanguage of ["lv", "en"] as const) {
  const path = join(dir, `cohort-report-${fileSafe(report.cohortId)}-${pdfLanguage}.pdf`);
  const bytes = await renderCohortReportPdf(report, pdfLanguage);
  await writeFile(path, bytes);
  console.log(`PDF (${pdfLanguage}, ${Math.round(bytes.length / 1024)} KB): ${path}`);
}

const noWorkflow: Workflow = {
  start: async () => undefined,
  stop: async () => false,
  succeed: async () => false,
  fail: async () => false,
  definition: async () => ({}),
  history: async () => undefined,
};
const mailer = new RecordingMailer();
const deps: WorkflowDeps = {
  store,
  workflowStore,
  workflow: noWorkflow,
  cohortWorkflow: noWorkflow,
  mailer,
  signer: new HmacSigner(["simulation-only-secret"]),
  clock,
  ids: randomIds,
  config: {
    baseUrl: "http://localhost:3000",
    contactEmail: "koordinators@example.lv",
    coordinatorEmail: "koordinators@example.lv",
    coordinatorLanguage: language,
  },
};
await sendCohortReport(deps, SIMULATED_COHORT);
await sendCohortReport(deps, SIMULATED_COHORT);
const [mail] = mailer.sent;
console.log(
  `E-mail to the coordinator: ${mailer.sent.length} sent for 2 calls, "${mail?.subject}", attachments: ${(mail?.attachments ?? []).map((a) => a.filename).join(", ")}`,
);
const leaked = [mail?.text ?? "", JSON.stringify(report)].some((text) =>
  /Ļoti noderīga|paliek starp dalībniekiem|Nav laika|Mentorējamā \d|Mentors \d/.test(text),
);
console.log(`Free text or names in the report or e-mail: ${leaked ? "FOUND (a bug)" : "none"}`);
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
