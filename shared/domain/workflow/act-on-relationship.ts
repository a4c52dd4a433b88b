import { z } from "zod";
import type { Phase, Relationship } from "../../schemas/workflow.js";
import { ConflictError } from "../errors.js";
import { DECISION_PATCHES } from "./apply-decision.js";
import { restartWorkflow } from "./restart-workflow.js";
import { record, relationshipOf, type WorkflowDeps } from "./workflow-deps.js";

const note = z.string().trim().max(2000);
const until = z.iso.datetime({ offset: true }).or(z.iso.date());

/**
 * What a coordinator may do to a relationship from its page, without waiting for an
 * escalation (`POST /api/console/relationships/{relationshipId}/actions`). Resending an
 * open form has its own route (`POST /api/console/forms/{formId}/resend`).
 */
export const relationshipActionSchema = z.discriminatedUnion("action", [
  /** Close at once: no closure forms, the coming sessions leave the calendars. */
  z.strictObject({ action: z.literal("close"), note: note.min(1) }),
  /** Nothing happens until the date; then the relationship goes on where it stood. */
  z.strictObject({ action: z.literal("pause"), until, note: note.optional() }),
  /** End a pause now. */
  z.strictObject({ action: z.literal("resume"), note: note.optional() }),
  /** A new plan form: the plan round starts again. */
  z.strictObject({ action: z.literal("replan"), note: note.optional() }),
]);
export type RelationshipAction = z.infer<typeof relationshipActionSchema>;
export type RelationshipActionName = RelationshipAction["action"];

/** The phases each action makes sense in (a plan needs agreed partners; a pause, a plan). */
export const ACTION_PHASES: Record<RelationshipActionName, readonly Phase[]> = {
  close: ["consent", "planning", "learning", "closure"],
  pause: ["planning", "learning"],
  resume: ["planning", "learning"],
  replan: ["planning", "learning"],
};

/** The actions open to a relationship as it stands (what the console offers). */
export function actionsFor(relationship: Relationship): RelationshipActionName[] {
  if (relationship.openEscalationId) return [];
  return (Object.keys(ACTION_PHASES) as RelationshipActionName[]).filter(
    (action) =>
      ACTION_PHASES[action].includes(relationship.phase) &&
      // A paused relationship can be resumed or closed; a running one paused or replanned.
      (action === "close" || (action === "resume") === Boolean(relationship.pausedUntil)),
  );
}

/**
 * A coordinator acts on a relationship: the table changes as the action says, the timeline
 * keeps who did what (and the coordinator's note), and the running execution, wherever it
 * waits, is replaced by one that resumes from the table ("0.1 Resume"). An open escalation
 * is decided on its own page instead (its decision has the same effects and closes it).
 */
export async function actOnRelationship(
  deps: WorkflowDeps,
  relationshipId: string,
  input: RelationshipAction,
  coordinator: string,
) {
  const relationship = await relationshipOf(deps, relationshipId);
  if (relationship.phase === "closed")
    throw new ConflictError("relationship_closed", "the relationship is closed");
  if (relationship.openEscalationId)
    throw new ConflictError(
      "escalation_open",
      "the relationship waits for a decision on its open escalation: decide it there",
    );
  if (!actionsFor(relationship).includes(input.action))
    throw new ConflictError(
      `${input.action}_not_possible`,
      `a relationship in ${relationship.phase}${relationship.pausedUntil ? " (paused)" : ""} cannot ${input.action}`,
    );
  const now = deps.clock.now();
  let patch: Partial<Relationship>;
  let pausedUntil: string | undefined;
  switch (input.action) {
    case "close":
      patch = DECISION_PATCHES.close();
      break;
    case "pause":
      pausedUntil = new Date(input.until).toISOString();
      if (Date.parse(pausedUntil) <= now.getTime())
        throw new ConflictError("pause_in_past", "a pause must end in the future");
      patch = DECISION_PATCHES.pause(pausedUntil);
      break;
    case "resume":
      // "0.1 Resume" ends a pause whose date has come: the date is now.
      patch = { pausedUntil: now.toISOString(), health: "on_track" };
      break;
    case "replan":
      patch = DECISION_PATCHES.replan(relationship);
      break;
  }
  await deps.workflowStore.updateRelationship(relationshipId, {
    ...patch,
    updatedAt: now.toISOString(),
  });
  await record(
    deps,
    relationshipId,
    `action-${input.action}-${now.toISOString()}`,
    "coordinator_action",
    `coordinator:${coordinator}`,
    {
      action: input.action,
      ...(pausedUntil ? { pausedUntil } : {}),
      ...(input.note ? { note: input.note } : {}),
    },
  );
  const restarted = await restartWorkflow(deps, relationshipId, `coordinator ${input.action}`);
  return { relationshipId, action: input.action, restarted };
}
