import {
  type Escalation,
  type EscalationReason,
  escalationReasonSchema,
} from "../../schemas/workflow.js";
import { ESCALATION_REASONS, healthOfReasons } from "../escalations/escalation-reasons.js";
// The workflow's shared helpers (record, sendOnce, relationshipOf...) as one namespace.
import * as wf from "./workflow-deps.js";

export interface EscalationAsk {
  taskToken: string;
  relationshipId: string;
  reason: string;
  mode: "open" | "remind";
  state: string;
}

/**
 * "E.1"/"E.2": the workflow stops for the coordinator. One escalation per stop (a retry or
 * a restarted execution finds the open one and only stores the new task token), one
 * e-mail to the coordinator, one reminder. Severity, evidence and the relationship's
 * health follow the reason's entry in the escalation reasons' table.
 */
export async function openEscalation(deps: wf.WorkflowDeps, ask: EscalationAsk): Promise<void> {
  const relationship = await wf.relationshipOf(deps, ask.relationshipId);
  const now = deps.clock.now().toISOString();
  const reason = escalationReasonSchema.catch("no_plan").parse(ask.reason);
  const escalationId = relationship.openEscalationId ?? deps.ids.next("esc");
  const evidence = await evidenceFor(deps, ask.relationshipId, reason);
  const draft: Escalation = {
    escalationId,
    relationshipId: ask.relationshipId,
    reason,
    severity: ESCALATION_REASONS[reason].severity,
    evidence,
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
    // The same rule as the health check's: what stands against the relationship decides.
    health: healthOfReasons(escalation.evidence.map((item) => item.reason)),
    state: ask.state,
    updatedAt: now,
  });
  const coordinator = wf.coordinatorOf(deps);
  const values = {
    name: coordinator.name,
    link: wf.publicUrl(deps, `/console/escalations/${escalationId}`),
    reason: ESCALATION_REASONS[reason].label[coordinator.language],
    relationship: wf.pairName(relationship),
  };
  if (created) {
    await wf.sendOnce(deps, `escalation:${escalationId}`, coordinator, "escalation", values);
    await wf.record(
      deps,
      ask.relationshipId,
      `escalation-${escalationId}`,
      "escalation_opened",
      "workflow",
      { escalationId, reason, severity: escalation.severity },
    );
  }
  if (ask.mode === "remind") {
    await wf.sendOnce(
      deps,
      `escalation:${escalationId}:reminder`,
      coordinator,
      "escalation_reminder",
      values,
    );
  }
}

/**
 * Who declined the relationship's proposals and what they said (for the coordinator only:
 * the entry names its author, so a partner's export leaves it out).
 */
async function declinesOf(
  deps: wf.WorkflowDeps,
  relationshipId: string,
  reason: EscalationReason,
): Promise<Escalation["evidence"] | undefined> {
  const relationship = await wf.relationshipOf(deps, relationshipId);
  const events = await deps.workflowStore.listEvents(relationshipId);
  const declines = events.filter((event) => event.type === "consent_decline");
  if (declines.length === 0) return undefined;
  return declines.map((event) => ({
    reason,
    detail: {
      participantId: event.actor,
      name: relationship.people[event.actor]?.name ?? event.actor,
      role: relationship.menteeIds.includes(event.actor) ? "mentee" : "mentor",
      at: event.at,
      ...(typeof event.detail.reason === "string" ? { said: event.detail.reason } : {}),
    },
  }));
}

/**
 * The figures behind the stop, as the reason's entry says: the last health check's
 * findings (never reflection text), or none for a stop that is not a health finding.
 */
async function evidenceFor(
  deps: wf.WorkflowDeps,
  relationshipId: string,
  reason: EscalationReason,
): Promise<Escalation["evidence"]> {
  const none = [{ reason, detail: {} }];
  const kind = ESCALATION_REASONS[reason].evidence;
  if (kind === "declines") return (await declinesOf(deps, relationshipId, reason)) ?? none;
  if (kind !== "health_check" && kind !== "plan_request") return none;
  const events = await deps.workflowStore.listEvents(relationshipId);
  if (kind === "plan_request") {
    // Who was asked for the plan, and since when (the first form of the round, then reminders).
    const asked = events.filter((e) => e.type === "form_sent" && e.detail.kind === "plan");
    const round = asked.at(-1)?.detail.stepKey;
    if (round === undefined) return none;
    // One item per person asked (evidence names one person per item, as the export expects).
    return asked
      .filter((e) => e.detail.stepKey === round)
      .map((e) => ({
        reason,
        detail: {
          participantId: e.detail.participantId,
          sentAt: e.at,
          reminded: events.some(
            (r) =>
              r.type === "reminder_sent" &&
              r.detail.stepKey === round &&
              r.detail.participantId === e.detail.participantId,
          ),
        },
      }));
  }
  const check = [...events].reverse().find((event) => event.type === "health_checked");
  const findings = (check?.detail.findings as { reason: string }[] | undefined) ?? [];
  if (findings.length === 0) return none;
  return findings.map((finding) => ({
    reason: escalationReasonSchema.catch(reason).parse(finding.reason),
    detail: finding as Record<string, unknown>,
  }));
}
