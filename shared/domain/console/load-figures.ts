import { isConfirmed } from "../../schemas/participant.js";
import { isRated, type RatedReflection } from "../../schemas/workflow.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import { type FiguresInput, programmeFigures } from "./programme-figures.js";

/** Reads what the figures need through the stores (categories, not names) and computes them. */
export async function loadProgrammeFigures(deps: WorkflowDeps) {
  const [participants, erasures, relationships, escalations] = await Promise.all([
    deps.store.listParticipants({ role: "mentee" }),
    deps.store.listErasures(),
    deps.workflowStore.listRelationships(),
    deps.workflowStore.listEscalations(),
  ]);
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
