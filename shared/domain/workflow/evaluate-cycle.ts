import { healthOfReasons } from "../escalations/escalation-reasons.js";
import { evaluateHealth, type HealthThresholds } from "../evaluate-health.js";
import { participantIds, record, relationshipOf, type WorkflowDeps } from "./workflow-deps.js";

/** A finding's identity across evaluations: the rule, the person and the session it is about. */
export const findingKey = (finding: { reason: string; detail: Record<string, unknown> }) =>
  [
    finding.reason,
    finding.detail.participantId ?? "",
    finding.detail.session ?? finding.detail.lastSession ?? "",
  ].join(":");

export interface CycleResult {
  next: "session" | "closure" | "escalate";
  reason?: string;
}

/**
 * "3.12": after a session's reflections (and checkpoint), the health rules decide: on
 * track moves to the next session or to closure; a finding stops for the coordinator.
 */
export async function evaluateCycle(
  deps: WorkflowDeps,
  relationshipId: string,
  number: number,
  state: string,
  thresholds?: Partial<HealthThresholds>,
): Promise<CycleResult> {
  const relationship = await relationshipOf(deps, relationshipId);
  const [sessions, reflections, checkpoints] = await Promise.all([
    deps.workflowStore.listSessions(relationshipId),
    deps.workflowStore.listReflections(relationshipId),
    deps.workflowStore.listCheckpoints(relationshipId),
  ]);
  // What the reflections said about the session becomes the session's own record.
  const session = sessions.find((s) => s.number === number);
  const answers = reflections.filter((r) => r.session === number);
  if (session && answers.length > 0) {
    const held = answers.some((r) => r.held === "yes") ? "yes" : "no";
    if (session.held !== held)
      await deps.workflowStore.updateSession(relationshipId, { ...session, held });
    session.held = held;
  }
  const now = deps.clock.now();
  const verdict = evaluateHealth(
    {
      now,
      participants: participantIds(relationship),
      sessions,
      reflections,
      checkpoints,
      bouncedParticipants: [],
      relationshipStartedAt: new Date(relationship.createdAt),
    },
    thresholds,
  );
  const at = now.toISOString();
  // A finding the coordinator already decided on (say, one reflection that never came)
  // does not stop the relationship again at every later session.
  const fresh = verdict.findings.filter(
    (finding) => !relationship.acknowledged.includes(findingKey(finding)),
  );
  await record(
    deps,
    relationshipId,
    `health-${number}-${relationship.turns}`,
    "health_checked",
    "workflow",
    {
      session: number,
      health: fresh.length > 0 ? verdict.health : "on_track",
      findings: fresh.map((f) => ({ reason: f.reason, severity: f.severity, ...f.detail })),
      acknowledged: verdict.findings.length - fresh.length,
    },
  );
  if (fresh.length > 0) {
    const top = fresh[0];
    const health = healthOfReasons(fresh.map((f) => f.reason));
    await deps.workflowStore.updateRelationship(relationshipId, { health, state, updatedAt: at });
    return { next: "escalate", reason: top?.reason ?? "unknown" };
  }
  const finished = number >= relationship.sessionCount;
  await deps.workflowStore.updateRelationship(relationshipId, {
    health: "on_track",
    state,
    updatedAt: at,
    ...(finished ? { phase: "closure" } : { cycle: number + 1 }),
  });
  return { next: finished ? "closure" : "session" };
}
