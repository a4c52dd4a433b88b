import { sendSessionInvites } from "./send-session-invites.js";
import { record, relationshipOf, type WorkflowDeps } from "./workflow-deps.js";

/** "4.4": the relationship closes and the mentor's places are free again, once. */
export async function closeRelationship(
  deps: WorkflowDeps,
  relationshipId: string,
  state: string,
): Promise<void> {
  const relationship = await relationshipOf(deps, relationshipId);
  if (relationship.phase === "closed") return;
  const now = deps.clock.now().toISOString();
  // Sessions still ahead (a relationship closed early) leave the calendars first.
  await sendSessionInvites(deps, relationshipId, { closing: true });
  await deps.workflowStore.closeForms(relationshipId, "closure#1");
  await deps.store.releasePlaces(relationship.mentorId, relationship.menteeIds.length);
  await deps.workflowStore.updateRelationship(relationshipId, {
    phase: "closed",
    state,
    closedAt: now,
    closeReason: relationship.closeReason ?? "completed",
    nextDueAt: undefined,
    updatedAt: now,
  });
  await record(deps, relationshipId, "closed", "relationship_closed", "workflow", {
    reason: relationship.closeReason ?? "completed",
    sessionsHeld: (await deps.workflowStore.listSessions(relationshipId)).filter(
      (s) => s.held === "yes",
    ).length,
  });
}
