import { type Escalation, escalationReasonSchema } from "../../schemas/workflow.js";
import { publicUrl, record, relationshipOf, sendOnce, type WorkflowDeps } from "./workflow-deps.js";

export interface EscalationAsk {
  taskToken: string;
  relationshipId: string;
  reason: string;
  mode: "open" | "remind";
  state: string;
}

const HIGH: ReadonlySet<string> = new Set(["felt_unsafe"]);

/**
 * "E.1"/"E.2": the workflow stops for the coordinator. One escalation per stop (a retry or
 * a restarted execution finds the open one and only stores the new task token), one
 * e-mail to the coordinator, one reminder.
 */
export async function openEscalation(deps: WorkflowDeps, ask: EscalationAsk): Promise<void> {
  const relationship = await relationshipOf(deps, ask.relationshipId);
  const now = deps.clock.now().toISOString();
  const reason = escalationReasonSchema.catch("no_plan").parse(ask.reason);
  const escalationId = relationship.openEscalationId ?? deps.ids.next("esc");
  const draft: Escalation = {
    escalationId,
    relationshipId: ask.relationshipId,
    reason,
    severity: HIGH.has(reason) ? "high" : "medium",
    evidence: await evidenceFor(deps, ask.relationshipId, reason),
    phase: relationship.phase,
    cycle: relationship.cycle,
    status: "open",
    openedAt: now,
  };
  const { escalation, created } = await deps.workflowStore.openEscalation(draft, ask.taskToken);
  if (escalation.status === "decided") {
    // Decided while no task waited (a restart): resume with the decision at once.
    await deps.workflow.succeed(ask.taskToken, {
      decision: escalation.decision,
      note: escalation.note,
      pauseUntil: escalation.pauseUntil,
    });
    return;
  }
  await deps.workflowStore.updateRelationship(ask.relationshipId, {
    openEscalationId: escalationId,
    openEscalationReason: reason,
    health:
      escalation.severity === "high" || reason !== "reflection_missing" ? "stalled" : "at_risk",
    state: ask.state,
    updatedAt: now,
  });
  const coordinator = { email: deps.config.coordinatorEmail, language: "lv" as const };
  const link = publicUrl(deps, `/console/escalations/${escalationId}`);
  const values = { name: "koordinator", link, reason, relationship: ask.relationshipId };
  if (created) {
    await sendOnce(deps, `escalation:${escalationId}`, coordinator, "escalation", values);
    await record(
      deps,
      ask.relationshipId,
      `escalation-${escalationId}`,
      "escalation_opened",
      "workflow",
      {
        escalationId,
        reason,
        severity: escalation.severity,
      },
    );
  }
  if (ask.mode === "remind") {
    await sendOnce(
      deps,
      `escalation:${escalationId}:reminder`,
      coordinator,
      "escalation_reminder",
      values,
    );
  }
}

/** The figures behind the stop: the last health check's findings (never reflection text). */
async function evidenceFor(
  deps: WorkflowDeps,
  relationshipId: string,
  reason: Escalation["reason"],
) {
  const events = await deps.workflowStore.listEvents(relationshipId);
  const check = [...events].reverse().find((event) => event.type === "health_checked");
  const findings = (check?.detail.findings as { reason: string }[] | undefined) ?? [];
  // Stops that are not health findings (no plan, no candidate) carry no figures.
  if (findings.length === 0 || reason === "no_plan" || reason === "no_candidate_left")
    return [{ reason, detail: {} }];
  return findings.map((finding) => ({
    reason: escalationReasonSchema.catch(reason).parse(finding.reason),
    detail: finding as Record<string, unknown>,
  }));
}
