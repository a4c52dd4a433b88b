import type { Decision, Escalation, Relationship } from "../../schemas/workflow.js";
import { DECISION_PATCHES, extendPlan } from "./apply-decision.js";
import { moveToNextCandidate } from "./move-to-next-candidate.js";
import { record, relationshipOf, type WorkflowDeps } from "./workflow-deps.js";

/**
 * The name of the execution that runs a relationship: its id, then `<id>-2`, `<id>-3` after
 * each restart (Step Functions keeps a stopped execution's name for 90 days).
 */
export const executionName = (relationship: Pick<Relationship, "relationshipId" | "execution">) =>
  relationship.execution <= 1
    ? relationship.relationshipId
    : `${relationship.relationshipId}-${relationship.execution}`;

/** Decisions that change where the relationship goes, so the running execution must follow. */
const REROUTING: ReadonlySet<Decision> = new Set(["pause", "close", "rematch", "replan"]);

/**
 * A decision on an escalation that no task waits for (an undeliverable address, raised
 * outside the state machine) acts on the running workflow all the same: the table changes
 * as the decision says, then the execution, wherever it waits (a form, a session date), is
 * stopped and a new one starts at "0.1 Resume", which routes by the table. The decision's
 * effect keeps the current session: the workflow did not stop after an evaluation here.
 * Answers whether the workflow was restarted.
 */
export async function actOnDecisionWithoutTask(
  deps: WorkflowDeps,
  escalation: Escalation,
  decision: Decision,
  pauseUntil: string | undefined,
): Promise<boolean> {
  // Going on as before needs nothing of the workflow.
  if (decision === "continue") return false;
  const relationship = await relationshipOf(deps, escalation.relationshipId);
  if (relationship.phase === "closed") return false;
  const { relationshipId } = relationship;
  const now = deps.clock.now().toISOString();
  let found: boolean | undefined;
  let patch: Partial<Relationship> | undefined;
  switch (decision) {
    case "extend":
      // More sessions: the running execution reads the new count at its next evaluation.
      patch = await extendPlan(deps, relationship);
      break;
    case "pause":
      patch = DECISION_PATCHES.pause(pauseUntil);
      break;
    case "close":
      patch = DECISION_PATCHES.close();
      break;
    case "replan":
      patch = DECISION_PATCHES.replan(relationship);
      break;
    case "rematch":
      found = (await moveToNextCandidate(deps, relationshipId, "rematch")).found;
      break;
  }
  if (patch)
    await deps.workflowStore.updateRelationship(relationshipId, { ...patch, updatedAt: now });
  await record(
    deps,
    relationshipId,
    `applied-${escalation.escalationId}`,
    "decision_applied",
    "workflow",
    {
      decision,
      ...(found !== undefined ? { found } : {}),
    },
  );
  if (!REROUTING.has(decision) || (decision === "rematch" && !found)) return false;
  return restartWorkflow(deps, relationshipId, `decision on ${escalation.escalationId}`);
}

/**
 * Stops the relationship's running execution and starts the next one, which resumes from
 * the table. The new name is kept first, so a crash in between leaves a relationship that
 * the next start (a local restart, or this call again) runs under the new name.
 */
export async function restartWorkflow(
  deps: WorkflowDeps,
  relationshipId: string,
  cause: string,
): Promise<boolean> {
  const relationship = await relationshipOf(deps, relationshipId);
  const next = { relationshipId, execution: relationship.execution + 1 };
  await deps.workflowStore.updateRelationship(relationshipId, {
    execution: next.execution,
    updatedAt: deps.clock.now().toISOString(),
  });
  await deps.workflow.stop(executionName(relationship), cause);
  await deps.workflow.start(executionName(next), { relationshipId });
  await record(
    deps,
    relationshipId,
    `execution-${next.execution}`,
    "workflow_restarted",
    "workflow",
    {
      execution: next.execution,
    },
  );
  return true;
}
