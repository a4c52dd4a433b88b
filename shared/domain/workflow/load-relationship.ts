import type { ResumeAt } from "../../schemas/step-payloads.js";
import { participantIds, record, relationshipOf, type WorkflowDeps } from "./workflow-deps.js";

/** A progress checkpoint after every third session (guidelines: evaluate after each stage). */
export const CHECKPOINT_EVERY = 3;

export interface LoadedRelationship {
  /** Where "0.2" routes the execution; the machine has a branch for each value. */
  resumeAt: ResumeAt;
  participants: string[];
  mentees: string[];
  planner: string;
  consentStep: string;
  planStep: string;
  closureStep: string;
  turns: number;
  pausedUntil?: string;
  /** With "escalated": the open escalation's reason, for "E.1" to wait on it again. */
  escalation?: { reason: string };
  session?: {
    number: number;
    remindAt: string;
    endsAt: string;
    checkpoint: boolean;
    reflectionStep: string;
    checkpointStep: string;
  };
}

/**
 * "0.1 Resume": reads where the relationship stands and counts the turn. Everything the
 * execution needs next comes from the table, so a restarted execution continues exactly
 * where the relationship is.
 */
export async function loadRelationship(
  deps: WorkflowDeps,
  relationshipId: string,
  state: string,
): Promise<LoadedRelationship> {
  const relationship = await relationshipOf(deps, relationshipId);
  const now = deps.clock.now();
  const turns = relationship.turns + 1;
  const patch: Parameters<typeof deps.workflowStore.updateRelationship>[1] = {
    turns,
    state,
    updatedAt: now.toISOString(),
  };

  const base = {
    participants: participantIds(relationship),
    mentees: relationship.menteeIds,
    planner: relationship.mentorId,
    consentStep: `consent#${relationship.consentRound}`,
    planStep: `plan#${relationship.planRound}`,
    closureStep: "closure#1",
    turns,
  };

  let resumeAt: LoadedRelationship["resumeAt"] = relationship.phase;
  let session: LoadedRelationship["session"];
  if (relationship.pausedUntil) {
    if (Date.parse(relationship.pausedUntil) > now.getTime()) {
      resumeAt = "paused";
    } else {
      // The pause is over: back to where it was, healthy until the next check says otherwise.
      patch.pausedUntil = undefined;
      patch.health = "on_track";
      await record(
        deps,
        relationshipId,
        `pause-ended-${relationship.pausedUntil}`,
        "pause_ended",
        "workflow",
      );
    }
  }
  if (resumeAt !== "paused") {
    // Closed, but the process stopped before the certificate step finished: it runs again
    // (it issues and sends nothing twice).
    if (relationship.phase === "closed" && !relationship.certificatesAt) resumeAt = "certificates";
    else if (relationship.openEscalationId) resumeAt = "escalated";
    else if (relationship.phase === "closure" && relationship.closeReason) resumeAt = "closing";
    else if (relationship.phase === "learning") {
      const sessions = await deps.workflowStore.listSessions(relationshipId);
      const current = sessions.find((s) => s.number === relationship.cycle);
      if (!current) {
        resumeAt = "closure";
        patch.phase = "closure";
      } else {
        session = {
          number: current.number,
          remindAt: current.remindAt,
          endsAt: current.endsAt,
          checkpoint: current.number % CHECKPOINT_EVERY === 0,
          reflectionStep: `reflection#${current.number}`,
          checkpointStep: `checkpoint#${current.number}`,
        };
        patch.nextDueAt = current.startsAt;
      }
    }
  }
  await deps.workflowStore.updateRelationship(relationshipId, patch);
  return {
    ...base,
    resumeAt,
    ...(resumeAt === "paused" ? { pausedUntil: relationship.pausedUntil } : {}),
    ...(resumeAt === "escalated"
      ? { escalation: { reason: relationship.openEscalationReason ?? "unknown" } }
      : {}),
    ...(session ? { session } : {}),
  };
}
