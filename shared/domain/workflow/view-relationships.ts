import { inCohort } from "../../schemas/cohort.js";
import type { Reflection, Relationship } from "../../schemas/workflow.js";
import { actionsFor } from "./act-on-relationship.js";
import { isAwaited } from "./resend-form.js";
import { relationshipOf, type WorkflowDeps } from "./workflow-deps.js";

/** A relationship as the console lists it: ids, phase, state, health, who, and what is due. */
export function summarise(relationship: Relationship) {
  return {
    relationshipId: relationship.relationshipId,
    ...(relationship.cohortId ? { cohortId: relationship.cohortId } : {}),
    format: relationship.format,
    phase: relationship.phase,
    state: relationship.state,
    health: relationship.health,
    participants: { mentorId: relationship.mentorId, menteeIds: relationship.menteeIds },
    cycle: relationship.cycle,
    sessionCount: relationship.sessionCount,
    nextDueAt: relationship.nextDueAt ?? null,
    openEscalationId: relationship.openEscalationId ?? null,
    createdAt: relationship.createdAt,
    updatedAt: relationship.updatedAt,
  };
}

/** Every relationship, or those of one cohort. */
export async function listRelationships(deps: WorkflowDeps, cohortId?: string) {
  const relationships = await deps.workflowStore.listRelationships();
  return relationships.filter(inCohort(cohortId)).map(summarise);
}

/**
 * Reflection text reaches the coordinator only where its author ticked "share with the
 * coordinator"; ratings, "held" and dates always do (DESIGN.md, Confidentiality).
 */
export function reflectionForCoordinator(reflection: Reflection) {
  const base = {
    session: reflection.session,
    participantId: reflection.participantId,
    held: reflection.held,
    valueRating: reflection.valueRating,
    ideasRating: reflection.ideasRating,
    safetyRating: reflection.safetyRating,
    // Why a session did not take place and the date proposed are for the coordinator.
    notHeldReason: reflection.notHeldReason,
    proposedDate: reflection.proposedDate,
    shared: reflection.shareWithCoordinator,
    submittedAt: reflection.submittedAt,
  };
  if (!reflection.shareWithCoordinator) return base;
  return {
    ...base,
    text: {
      mostValuable: reflection.mostValuable,
      stillUnclear: reflection.stillUnclear,
      tryBeforeNext: reflection.tryBeforeNext,
      todayUnderstood: reflection.todayUnderstood,
      nextTimeDeeper: reflection.nextTimeDeeper,
    },
  };
}

/** One relationship: phase, current state, sessions, ratings, goals' progress, timeline. */
export async function viewRelationship(deps: WorkflowDeps, relationshipId: string) {
  const relationship = await relationshipOf(deps, relationshipId);
  const [sessions, goals, reflections, checkpoints, events, open] = await Promise.all([
    deps.workflowStore.listSessions(relationshipId),
    deps.workflowStore.listGoals(relationshipId),
    deps.workflowStore.listReflections(relationshipId),
    deps.workflowStore.listCheckpoints(relationshipId),
    deps.workflowStore.listEvents(relationshipId),
    deps.workflowStore.listOpenForms(),
  ]);
  return {
    ...summarise(relationship),
    candidates: relationship.candidates,
    closeReason: relationship.closeReason ?? null,
    closedAt: relationship.closedAt ?? null,
    pausedUntil: relationship.pausedUntil ?? null,
    /** What the coordinator may do from the page (POST .../actions). */
    actions: actionsFor(relationship),
    /** Forms sent and not answered that the workflow still waits for: each can be resent. */
    openForms: open
      .filter((form) => form.relationshipId === relationshipId && isAwaited(form, relationship))
      .map((form) => ({
        formId: form.formId,
        kind: form.kind,
        participantId: form.participantId,
        sentAt: form.createdAt,
        expiresAt: form.expiresAt,
      })),
    goals: goals.map((goal) => ({
      key: goal.key,
      title: goal.title,
      measure: goal.measure,
      progress: checkpoints
        .filter((checkpoint) => checkpoint.progress[goal.key] !== undefined)
        .map((checkpoint) => ({
          session: checkpoint.session,
          participantId: checkpoint.participantId,
          percent: checkpoint.progress[goal.key],
        })),
    })),
    sessions: sessions.map((session) => ({ ...session, held: session.held ?? null })),
    ratings: reflections.map(reflectionForCoordinator),
    timeline: events,
  };
}
