import {
  participantIds,
  partnersOf,
  personOf,
  record,
  relationshipOf,
  sendOnce,
  type WorkflowDeps,
} from "./workflow-deps.js";

/** "2.1": everyone agreed; each participant gets the welcome with the first-meeting guide, once. */
export async function sendWelcome(
  deps: WorkflowDeps,
  relationshipId: string,
  state: string,
): Promise<void> {
  const relationship = await relationshipOf(deps, relationshipId);
  await deps.workflowStore.updateRelationship(relationshipId, {
    phase: "planning",
    state,
    updatedAt: deps.clock.now().toISOString(),
  });
  for (const id of participantIds(relationship)) {
    const participant = await personOf(deps, relationship, id);
    await sendOnce(
      deps,
      `welcome:${relationshipId}:${relationship.mentorId}:${id}`,
      participant,
      "welcome",
      {
        name: participant.name,
        partners: await partnersOf(deps, relationship, id),
      },
    );
  }
  await record(
    deps,
    relationshipId,
    `welcome-${relationship.consentRound}`,
    "consent_complete",
    "workflow",
    {
      mentorId: relationship.mentorId,
    },
  );
}
