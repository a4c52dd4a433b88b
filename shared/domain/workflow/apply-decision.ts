import type { Relationship } from "../../schemas/workflow.js";
import { findingKey } from "./evaluate-cycle.js";
import { moveToNextCandidate } from "./move-to-next-candidate.js";
import { record, relationshipOf, type WorkflowDeps } from "./workflow-deps.js";

export interface DecisionPayload {
  decision: string;
  pauseUntil?: string;
  note?: string;
}

/**
 * What a decision that changes the relationship's way sets, wherever it is applied (here in
 * "E.4", or at once for an escalation no task waits for).
 */
export const DECISION_PATCHES = {
  replan: (relationship: Relationship): Partial<Relationship> => ({
    phase: "planning",
    planRound: relationship.planRound + 1,
    health: "on_track",
  }),
  pause: (pauseUntil: string | undefined): Partial<Relationship> => ({
    pausedUntil: pauseUntil,
    health: "paused",
  }),
  close: (): Partial<Relationship> => ({ phase: "closure", closeReason: "closed_by_coordinator" }),
};

/** Sessions an `extend` decision adds after the last one, at the plan's pace. */
export const EXTENSION = 2;

/**
 * "E.4": the coordinator's decision changes the relationship in the table; "0.1 Resume"
 * then routes by what the table says. Only `close` skips that and closes at once.
 */
export async function applyDecision(
  deps: WorkflowDeps,
  relationshipId: string,
  payload: DecisionPayload,
): Promise<{ resumeAt: "load" | "closing" }> {
  const relationship = await relationshipOf(deps, relationshipId);
  // A retried step: the decision's last write cleared the open escalation, so it was
  // applied already (applying it again would move a cycle, a round or a mentor twice).
  if (!relationship.openEscalationId)
    return { resumeAt: payload.decision === "close" ? "closing" : "load" };
  const now = deps.clock.now().toISOString();
  // The findings behind this stop are decided: they are not escalated again.
  const escalation = relationship.openEscalationId
    ? await deps.workflowStore.getEscalation(relationship.openEscalationId)
    : undefined;
  const decided = (escalation?.escalation.evidence ?? []).map((item) =>
    findingKey({ reason: item.reason, detail: item.detail }),
  );
  const patch: Partial<Relationship> = {
    openEscalationId: undefined,
    openEscalationReason: undefined,
    acknowledged: [...new Set([...relationship.acknowledged, ...decided])],
    updatedAt: now,
  };
  // Going on means: the next session in the learning phase; in consent and planning, a new
  // round of asking with a fresh form and e-mail (the last round's recorded answers would
  // otherwise replay at once, and silence would only wait again).
  const afterThisSession = (): Partial<Relationship> =>
    relationship.phase === "learning"
      ? relationship.cycle >= relationship.sessionCount
        ? { phase: "closure" }
        : { cycle: relationship.cycle + 1 }
      : relationship.phase === "consent"
        ? { consentRound: relationship.consentRound + 1 }
        : relationship.phase === "planning"
          ? { planRound: relationship.planRound + 1 }
          : {};
  const applied = (detail: Record<string, unknown>) =>
    record(
      deps,
      relationshipId,
      `applied-${relationship.openEscalationId}`,
      "decision_applied",
      "workflow",
      detail,
    );
  let resumeAt: "load" | "closing" = "load";
  switch (payload.decision) {
    case "continue":
      Object.assign(patch, { health: "on_track" }, afterThisSession());
      break;
    case "extend": {
      const extension = await extendPlan(deps, relationship);
      Object.assign(patch, extension);
      if (relationship.phase === "learning")
        patch.cycle = Math.min(relationship.cycle + 1, extension.sessionCount ?? EXTENSION);
      break;
    }
    case "replan":
      Object.assign(patch, DECISION_PATCHES.replan(relationship));
      break;
    case "rematch": {
      const moved = await moveToNextCandidate(deps, relationshipId, "rematch");
      // Nobody else fits: the same people are asked again rather than the old answers replayed.
      if (!moved.found && relationship.phase === "consent")
        patch.consentRound = relationship.consentRound + 1;
      // Last, as for every decision: clearing the open escalation marks it applied.
      await deps.workflowStore.updateRelationship(relationshipId, patch);
      await applied({ decision: "rematch", found: moved.found });
      return { resumeAt: "load" };
    }
    case "pause":
      Object.assign(patch, DECISION_PATCHES.pause(payload.pauseUntil), afterThisSession());
      break;
    case "close":
      Object.assign(patch, DECISION_PATCHES.close());
      resumeAt = "closing";
      break;
    default:
      Object.assign(patch, afterThisSession());
  }
  await deps.workflowStore.updateRelationship(relationshipId, patch);
  await applied({ decision: payload.decision });
  return { resumeAt };
}

/**
 * `extend`: two more sessions after the last one, at the plan's pace (4 weeks when the
 * plan has one session). Nothing to extend without a plan.
 */
export async function extendPlan(
  deps: WorkflowDeps,
  relationship: Relationship,
): Promise<Partial<Relationship>> {
  const sessions = await deps.workflowStore.listSessions(relationship.relationshipId);
  const last = sessions.at(-1);
  const before = sessions.at(-2);
  if (!last) return {};
  const step = before ? Date.parse(last.startsAt) - Date.parse(before.startsAt) : 28 * 86_400_000;
  const length = Date.parse(last.endsAt) - Date.parse(last.startsAt);
  const added = Array.from({ length: EXTENSION }, (_, i) => {
    const startsAt = Date.parse(last.startsAt) + step * (i + 1);
    return {
      number: last.number + i + 1,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + length).toISOString(),
      remindAt: new Date(startsAt - 2 * 86_400_000).toISOString(),
    };
  });
  await deps.workflowStore.savePlan(relationship.relationshipId, [], added);
  return { sessionCount: last.number + EXTENSION, health: "on_track" };
}
