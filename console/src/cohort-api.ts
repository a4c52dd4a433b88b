/**
 * The console API of one programme round beyond its timetable (api.ts): its workflow
 * graph, the seminar attendance, the surveys' summary, the escalation decisions and the
 * funder's report with its files; and the mentor community across rounds.
 */
import type { CohortAnswerSummary } from "@shared/domain/cohorts/cohort-answer-summary.js";
import type { CohortReport, ReportTableName } from "@shared/domain/cohorts/cohort-report-model.js";
import type { AttendanceView } from "@shared/domain/cohorts/seminar-attendance.js";
import type { MentorCommunity } from "@shared/domain/community/list-mentor-community.js";
import type { ReinviteResult } from "@shared/domain/community/reinvite-mentor.js";
import type { CohortDecisionInput, CohortEscalation } from "@shared/schemas/cohort-escalation.js";
import { request, type WorkflowGraph } from "./api";
import { download } from "./data-api";

export type {
  AttendanceView,
  CohortAnswerSummary,
  CohortEscalation,
  CohortReport,
  MentorCommunity,
  ReinviteResult,
};

const path = (cohortId: string, rest = "") =>
  `/api/console/cohorts/${encodeURIComponent(cohortId)}${rest}`;

export const cohortApi = {
  graph: (cohortId: string) => request<WorkflowGraph>("GET", path(cohortId, "/graph")),
  attendance: (cohortId: string) => request<AttendanceView>("GET", path(cohortId, "/attendance")),
  markAttendance: (cohortId: string, attended: string[]) =>
    request<AttendanceView>("POST", path(cohortId, "/attendance"), { attended }),
  answers: (cohortId: string) =>
    request<CohortAnswerSummary>("GET", path(cohortId, "/answers/summary")),
  decide: (cohortId: string, body: CohortDecisionInput) =>
    request<CohortEscalation>("POST", path(cohortId, "/decision"), body),
  report: (cohortId: string) => request<CohortReport>("GET", path(cohortId, "/report")),
  downloadReportPdf: (cohortId: string, language: "lv" | "en") =>
    download(path(cohortId, `/report.pdf?lang=${language}`), `cohort-report-${language}.pdf`),
  downloadReportCsv: (cohortId: string, table: ReportTableName, language: "lv" | "en") =>
    download(
      path(cohortId, `/report/${table}.csv?lang=${language}`),
      `cohort-report-${table}-${language}.csv`,
    ),
  community: () => request<MentorCommunity>("GET", "/api/console/mentors"),
  reinvite: (participantId: string) =>
    request<ReinviteResult>(
      "POST",
      `/api/console/mentors/${encodeURIComponent(participantId)}/reinvite`,
      {},
    ),
};
