import { inCohort } from "../../schemas/cohort.js";
import type { Erasure } from "../../schemas/erasure.js";
import { everyRound, inRound, isConfirmed, type Participant } from "../../schemas/participant.js";
import { isRated, type RatedReflection } from "../../schemas/workflow.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import { type FiguresInput, programmeFigures } from "./programme-figures.js";

/**
 * Reads what the figures need through the stores (categories, not names) and computes them:
 * for the whole programme, or for one cohort (its applications, relationships and their
 * escalations; erased applicants of the cohort still count by their categories).
 */
export async function loadProgrammeFigures(deps: WorkflowDeps, cohortId?: string) {
  const [allParticipants, allErasures, allRelationships, allEscalations] = await Promise.all([
    // Every role: a mentee of an earlier round may mentor now (their past round counts).
    deps.store.listParticipants(),
    deps.store.listErasures(),
    deps.workflowStore.listRelationships(),
    deps.workflowStore.listEscalations(),
  ]);
  const participants = (
    cohortId ? inRound(allParticipants, cohortId) : everyRound(allParticipants)
  ).filter((p) => p.role === "mentee");
  const erasures = allErasures.filter(inCohort(cohortId));
  const relationships = allRelationships.filter(inCohort(cohortId));
  const ids = new Set(relationships.map((r) => r.relationshipId));
  const escalations = allEscalations.filter((e) => ids.has(e.relationshipId));
  const mentees = figureMentees(participants, erasures);
  // A session not held has no ratings: it never enters an average.
  const reflections: RatedReflection[] = [];
  for (const relationship of relationships)
    reflections.push(
      ...(await deps.workflowStore.listReflections(relationship.relationshipId)).filter(isRated),
    );
  return programmeFigures(
    { mentees, relationships, reflections, escalations },
    deps.clock.now().toISOString(),
  );
}

/**
 * The mentees the figures count, as categories only: confirmed applications, and erased
 * applicants by their pseudonym (the figures of the funder's report count the same).
 */
export function figureMentees(
  participants: readonly Participant[],
  erasures: readonly Erasure[],
): FiguresInput["mentees"] {
  const mentees: FiguresInput["mentees"] = [];
  for (const participant of participants) {
    const { participantId, status, application } = participant;
    // An application nobody confirmed from its mailbox is not counted, not even as applied.
    if (application.role !== "mentee" || !isConfirmed(participant)) continue;
    const { institutionType, roleCategory } = application;
    mentees.push({ id: participantId, status, institutionType, roleCategory });
  }
  for (const erasure of erasures) {
    if (erasure.role !== "mentee" || erasure.unconfirmed) continue;
    if (!erasure.institutionType || !erasure.roleCategory) continue;
    mentees.push({
      id: erasure.pseudonym,
      status: erasure.status,
      institutionType: erasure.institutionType,
      roleCategory: erasure.roleCategory,
    });
  }
  return mentees;
}
