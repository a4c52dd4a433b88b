/**
 * The HTTP routes, listed once. The CDK API construct makes one Lambda per entry and the
 * local server routes the same paths to the same handler modules.
 */
export interface RouteDefinition {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** API Gateway route path; `{name}` segments become pathParameters. */
  path: string;
  /** Handler module (exports `handler`), relative to the repository root. */
  entry: string;
  /** Construct id of the function. */
  id: string;
  /** What the function may do with the table. */
  table?: "read" | "readWrite";
  /** Coordinator routes: the Cognito JWT authorizer on AWS, a bearer token locally. */
  coordinator?: true;
  /** What else the function may do. */
  grants?: readonly RouteGrant[];
  /** The function renders PDFs: its bundle carries the certificates' fonts (node-function.ts). */
  pdfFonts?: true;
}

/** Permissions beyond the table, granted by the stack (which knows the resources). */
export type RouteGrant =
  | "startWorkflow"
  | "resumeWorkflow"
  | "restartWorkflow"
  | "readWorkflow"
  | "sendMail"
  | "formLinks";

export const ROUTES: readonly RouteDefinition[] = [
  // The start page and the form read the cohorts: between intakes they offer the waiting list.
  {
    method: "GET",
    path: "/",
    entry: "functions/api/show-application-form.ts",
    id: "ShowHome",
    table: "read",
  },
  {
    method: "POST",
    path: "/link-requests",
    entry: "functions/forms/request-new-link.ts",
    id: "RequestNewLink",
    table: "readWrite",
    grants: ["sendMail", "formLinks"],
  },
  {
    method: "GET",
    path: "/guide/{guide}",
    entry: "functions/forms/show-guide.ts",
    id: "ShowGuide",
  },
  {
    method: "GET",
    path: "/apply",
    entry: "functions/api/show-application-form.ts",
    id: "ShowApplicationForm",
    table: "read",
  },
  {
    method: "POST",
    path: "/apply",
    entry: "functions/api/submit-application-form.ts",
    id: "SubmitApplicationForm",
    table: "readWrite",
    // The confirmation link, or the "someone applied with your address" e-mail.
    grants: ["sendMail", "formLinks"],
  },
  {
    method: "POST",
    path: "/api/applications",
    entry: "functions/api/create-application.ts",
    id: "CreateApplication",
    table: "readWrite",
    grants: ["sendMail", "formLinks"],
  },
  {
    method: "GET",
    path: "/confirm/{token}",
    entry: "functions/api/show-confirmation.ts",
    id: "ShowConfirmation",
    table: "read",
    grants: ["formLinks"],
  },
  {
    method: "POST",
    path: "/confirm/{token}",
    entry: "functions/api/confirm-application.ts",
    id: "ConfirmApplication",
    table: "readWrite",
    // The receipt: what was received and what happens next.
    grants: ["formLinks", "sendMail"],
  },
  {
    method: "POST",
    path: "/waiting-list",
    entry: "functions/api/join-waiting-list.ts",
    id: "JoinWaitingList",
    table: "readWrite",
    // "You are on the waiting list", with the signed leave link.
    grants: ["sendMail", "formLinks"],
  },
  {
    method: "GET",
    path: "/waiting-list/leave/{token}",
    entry: "functions/api/show-leave-waiting-list.ts",
    id: "ShowLeaveWaitingList",
    table: "read",
    grants: ["formLinks"],
  },
  {
    method: "POST",
    path: "/waiting-list/leave/{token}",
    entry: "functions/api/leave-waiting-list.ts",
    id: "LeaveWaitingList",
    table: "readWrite",
    grants: ["formLinks"],
  },
  {
    method: "GET",
    path: "/api/console/participants",
    entry: "functions/console/list-participants.ts",
    id: "ListParticipants",
    table: "read",
    coordinator: true,
  },
  {
    method: "POST",
    path: "/api/console/matching-runs",
    entry: "functions/console/create-matching-run.ts",
    id: "CreateMatchingRun",
    table: "readWrite",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/matching-runs",
    entry: "functions/console/list-matching-runs.ts",
    id: "ListMatchingRuns",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/matching-runs/{runId}",
    entry: "functions/console/show-matching-run.ts",
    id: "ShowMatchingRun",
    table: "read",
    coordinator: true,
  },
  {
    method: "POST",
    path: "/api/console/proposals/{proposalId}/approve",
    entry: "functions/console/approve-proposal.ts",
    id: "ApproveProposal",
    table: "readWrite",
    coordinator: true,
    grants: ["startWorkflow"],
  },
  {
    method: "POST",
    path: "/api/console/proposals/{proposalId}/mentor",
    entry: "functions/console/replace-proposal-mentor.ts",
    id: "ReplaceProposalMentor",
    table: "readWrite",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/relationships",
    entry: "functions/console/list-relationships.ts",
    id: "ListRelationships",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/relationships/{relationshipId}",
    entry: "functions/console/show-relationship.ts",
    id: "ShowRelationship",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/relationships/{relationshipId}/graph",
    entry: "functions/console/show-workflow-graph.ts",
    id: "ShowWorkflowGraph",
    table: "read",
    coordinator: true,
    grants: ["readWorkflow"],
  },
  {
    method: "GET",
    path: "/api/console/forms/overdue",
    entry: "functions/console/list-overdue-forms.ts",
    id: "ListOverdueForms",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/link-requests",
    entry: "functions/console/list-link-requests.ts",
    id: "ListLinkRequests",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/escalations",
    entry: "functions/console/list-escalations.ts",
    id: "ListEscalations",
    table: "read",
    coordinator: true,
  },
  {
    method: "POST",
    path: "/api/console/escalations/{escalationId}/decision",
    entry: "functions/console/decide-escalation.ts",
    id: "DecideEscalation",
    table: "readWrite",
    coordinator: true,
    grants: ["resumeWorkflow", "restartWorkflow"],
  },
  {
    method: "POST",
    path: "/api/console/cohorts",
    entry: "functions/console/create-cohort.ts",
    id: "CreateCohort",
    table: "readWrite",
    coordinator: true,
    grants: ["startWorkflow"],
  },
  {
    method: "GET",
    path: "/api/console/cohorts",
    entry: "functions/console/list-cohorts.ts",
    id: "ListCohorts",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/cohorts/{cohortId}",
    entry: "functions/console/show-cohort.ts",
    id: "ShowCohort",
    table: "read",
    coordinator: true,
  },
  {
    method: "PATCH",
    path: "/api/console/cohorts/{cohortId}",
    entry: "functions/console/update-cohort.ts",
    id: "UpdateCohort",
    table: "readWrite",
    coordinator: true,
    grants: ["restartWorkflow"],
  },
  {
    method: "POST",
    path: "/api/console/cohorts/{cohortId}/decision",
    entry: "functions/console/decide-cohort-escalation.ts",
    id: "DecideCohortEscalation",
    table: "readWrite",
    coordinator: true,
    grants: ["resumeWorkflow", "restartWorkflow", "sendMail"],
  },
  {
    method: "GET",
    path: "/api/console/cohorts/{cohortId}/graph",
    entry: "functions/console/show-cohort-workflow-graph.ts",
    id: "ShowCohortWorkflowGraph",
    table: "read",
    coordinator: true,
    grants: ["readWorkflow"],
  },
  {
    method: "GET",
    path: "/api/console/cohorts/{cohortId}/attendance",
    entry: "functions/console/show-seminar-attendance.ts",
    id: "ShowSeminarAttendance",
    table: "read",
    coordinator: true,
  },
  {
    method: "POST",
    path: "/api/console/cohorts/{cohortId}/attendance",
    entry: "functions/console/mark-seminar-attendance.ts",
    id: "MarkSeminarAttendance",
    table: "readWrite",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/cohorts/{cohortId}/answers/summary",
    entry: "functions/console/show-cohort-answer-summary.ts",
    id: "ShowCohortAnswerSummary",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/mentors",
    entry: "functions/console/list-mentor-community.ts",
    id: "ListMentorCommunity",
    table: "read",
    coordinator: true,
  },
  {
    method: "POST",
    path: "/api/console/mentors/{participantId}/reinvite",
    entry: "functions/console/reinvite-mentor.ts",
    id: "ReinviteMentor",
    table: "readWrite",
    coordinator: true,
    // The "count me in" e-mail carries a signed cohort form link.
    grants: ["sendMail", "formLinks"],
  },
  {
    method: "POST",
    path: "/api/console/relationships/{relationshipId}/actions",
    entry: "functions/console/act-on-relationship.ts",
    id: "ActOnRelationship",
    table: "readWrite",
    coordinator: true,
    grants: ["restartWorkflow"],
  },
  {
    method: "GET",
    path: "/api/console/figures",
    entry: "functions/console/show-figures.ts",
    id: "ShowFigures",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/figures/{table}",
    entry: "functions/console/download-figures.ts",
    id: "DownloadFigures",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/cohorts/{cohortId}/report",
    entry: "functions/console/show-cohort-report.ts",
    id: "ShowCohortReport",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/cohorts/{cohortId}/report.pdf",
    entry: "functions/console/download-cohort-report-pdf.ts",
    id: "DownloadCohortReportPdf",
    table: "read",
    coordinator: true,
    pdfFonts: true,
  },
  {
    method: "GET",
    path: "/api/console/cohorts/{cohortId}/report/{table}",
    entry: "functions/console/download-cohort-report-csv.ts",
    id: "DownloadCohortReportCsv",
    table: "read",
    coordinator: true,
  },
  {
    method: "GET",
    path: "/api/console/participants/{participantId}/export",
    entry: "functions/console/export-participant.ts",
    id: "ExportParticipant",
    table: "read",
    coordinator: true,
  },
  {
    method: "POST",
    path: "/api/console/participants/{participantId}/erase",
    entry: "functions/console/erase-participant.ts",
    id: "EraseParticipant",
    table: "readWrite",
    coordinator: true,
  },
  {
    method: "POST",
    path: "/api/console/forms/{formId}/resend",
    entry: "functions/console/resend-form.ts",
    id: "ResendForm",
    table: "readWrite",
    coordinator: true,
    grants: ["sendMail", "formLinks"],
  },
  {
    method: "GET",
    path: "/f/{link}",
    entry: "functions/forms/show-form.ts",
    id: "ShowForm",
    table: "read",
    grants: ["formLinks"],
  },
  {
    method: "GET",
    path: "/certificates/{certificateId}",
    entry: "functions/api/verify-certificate.ts",
    id: "VerifyCertificate",
    table: "read",
  },
  {
    method: "POST",
    path: "/f/{link}",
    entry: "functions/forms/submit-form.ts",
    id: "SubmitForm",
    table: "readWrite",
    // A mentee's introduction is e-mailed on to the mentor (introduction-form.ts).
    grants: ["formLinks", "resumeWorkflow", "sendMail"],
  },
  {
    method: "GET",
    path: "/cohort-forms/{link}",
    entry: "functions/forms/show-cohort-form.ts",
    id: "ShowCohortForm",
    table: "read",
    grants: ["formLinks"],
  },
  {
    method: "POST",
    path: "/cohort-forms/{link}",
    entry: "functions/forms/submit-cohort-form.ts",
    id: "SubmitCohortForm",
    table: "readWrite",
    grants: ["formLinks"],
  },
];

/** Matches a concrete path against a route path; returns the path parameters or undefined. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const want = template.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return undefined;
  const parameters: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = got[index] ?? "";
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (name) {
      if (actual === "") return undefined;
      try {
        parameters[name] = decodeURIComponent(actual);
      } catch {
        return undefined; // a broken %-escape names no resource
      }
    } else if (segment !== actual) {
      return undefined;
    }
  }
  return parameters;
}
