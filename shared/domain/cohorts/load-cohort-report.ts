import type { Cohort } from "../../schemas/cohort.js";
import { cohortAnswerShapes } from "../../schemas/cohort-answer.js";
import { inRound, isConfirmed } from "../../schemas/participant.js";
import { isRated } from "../../schemas/workflow.js";
import { figureMentees } from "../console/load-figures.js";
import { NotFoundError } from "../errors.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import { buildCohortReport } from "./build-cohort-report.js";
import { type CohortReportInput, SURVEY_KINDS, type SurveyKind } from "./cohort-report-facts.js";
import type { CohortReport } from "./cohort-report-model.js";

type ReportDeps = Pick<WorkflowDeps, "store" | "workflowStore" | "clock">;

/** Relationships read at a time: each needs five queries of its own partition. */
const BATCH = 10;

/** The cohort's funder report, read through the ports and computed now. Unknown cohort: 404. */
export async function loadCohortReport(deps: ReportDeps, cohortId: string): Promise<CohortReport> {
  const cohort = await deps.store.getCohort(cohortId);
  if (!cohort) throw new NotFoundError(`no cohort ${cohortId}`);
  return buildCohortReport(
    await loadCohortReportInput(deps, cohort),
    deps.clock.now().toISOString(),
  );
}

/**
 * What the report needs, and only that: categories of the applicants, and of each
 * relationship its dates, ratings, goal keys, progress, consent choices and close reason.
 * Every free text (goal titles, reflections, decline reasons, survey comments, closing
 * answers) stays behind here.
 */
export async function loadCohortReportInput(
  deps: ReportDeps,
  cohort: Cohort,
): Promise<CohortReportInput> {
  const { cohortId } = cohort;
  const [participants, erasures, allRelationships, answers] = await Promise.all([
    deps.store.listParticipants(),
    deps.store.listErasures(),
    deps.workflowStore.listRelationships(),
    deps.store.listCohortAnswers(cohortId),
  ]);
  const own = inRound(participants, cohortId);
  const ownErasures = erasures.filter((e) => e.cohortId === cohortId);
  const relationships = allRelationships.filter((r) => r.cohortId === cohortId);

  const mentorApplicants: CohortReportInput["mentorApplicants"] = [];
  for (const participant of own) {
    const { application } = participant;
    if (application.role !== "mentor" || !isConfirmed(participant)) continue;
    mentorApplicants.push({
      id: participant.participantId,
      status: participant.status,
      sector: application.sector,
    });
  }
  for (const erasure of ownErasures)
    if (erasure.role === "mentor" && !erasure.unconfirmed)
      mentorApplicants.push({ id: erasure.pseudonym, status: erasure.status, sector: "unknown" });

  const byId = new Map(participants.map((p) => [p.participantId, p]));
  const mentorSectors: CohortReportInput["mentorSectors"] = {};
  for (const { mentorId } of relationships) {
    const application = byId.get(mentorId)?.application;
    mentorSectors[mentorId] = application?.role === "mentor" ? application.sector : "unknown";
  }

  const input: CohortReportInput = {
    cohort,
    mentees: figureMentees(own, ownErasures),
    mentorApplicants,
    mentorSectors,
    // The fields the report reads (a relationship's copy of names and addresses stays).
    relationships: relationships.map((r) => ({
      relationshipId: r.relationshipId,
      format: r.format,
      phase: r.phase,
      health: r.health,
      mentorId: r.mentorId,
      menteeIds: r.menteeIds,
      createdAt: r.createdAt,
      ...(r.closeReason ? { closeReason: r.closeReason } : {}),
    })),
    sessions: [],
    goals: [],
    checkpoints: [],
    reflections: [],
    consents: [],
    surveys: surveysOf(answers),
  };
  for (let start = 0; start < relationships.length; start += BATCH)
    await Promise.all(
      relationships
        .slice(start, start + BATCH)
        .map((r) => readRelationship(deps, r.relationshipId, input)),
    );
  return input;
}

async function readRelationship(deps: ReportDeps, relationshipId: string, into: CohortReportInput) {
  const store = deps.workflowStore;
  const [sessions, goals, checkpoints, reflections, events] = await Promise.all([
    store.listSessions(relationshipId),
    store.listGoals(relationshipId),
    store.listCheckpoints(relationshipId),
    store.listReflections(relationshipId),
    store.listEvents(relationshipId),
  ]);
  for (const { startsAt, endsAt, held } of sessions)
    into.sessions.push({ relationshipId, startsAt, endsAt, ...(held ? { held } : {}) });
  for (const { key } of goals) into.goals.push({ relationshipId, key });
  for (const { submittedAt, progress } of checkpoints)
    into.checkpoints.push({ relationshipId, submittedAt, progress });
  for (const reflection of reflections.filter(isRated)) {
    const { participantId, submittedAt, valueRating, ideasRating, safetyRating } = reflection;
    into.reflections.push({
      relationshipId,
      participantId,
      submittedAt,
      valueRating,
      ideasRating,
      safetyRating,
    });
  }
  // The consent answers' events: who chose what in which round (a decline's reason stays).
  for (const event of events) {
    if (event.type !== "consent_accept" && event.type !== "consent_decline") continue;
    const round = Number(String(event.detail.stepKey ?? "").split("#")[1]);
    if (!Number.isInteger(round)) continue;
    into.consents.push({
      relationshipId,
      participantId: event.actor,
      round,
      decision: event.type === "consent_accept" ? "accept" : "decline",
    });
  }
}

/** The surveys' two scores; an answer of another shape is left out. */
function surveysOf(answers: Awaited<ReturnType<ReportDeps["store"]["listCohortAnswers"]>>) {
  const surveys: CohortReportInput["surveys"] = [];
  for (const answer of answers) {
    if (!(SURVEY_KINDS as readonly string[]).includes(answer.kind)) continue;
    const kind = answer.kind as SurveyKind;
    const parsed = cohortAnswerShapes[kind]
      .pick({ satisfaction: true, recommend: true })
      .safeParse(answer.answers);
    if (!parsed.success) continue;
    const { satisfaction, recommend } = parsed.data;
    surveys.push({ kind, participantId: answer.participantId, satisfaction, recommend });
  }
  return surveys;
}
