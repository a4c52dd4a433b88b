import type { Language } from "../i18n/localized.js";
import { renderUndeliverableMail } from "../mail/mail-undeliverable-mail.js";
import type { Clock } from "../ports/clock.js";
import type { Mailer } from "../ports/mailer.js";
import type { Store } from "../ports/store.js";
import type { WorkflowStore } from "../ports/workflow-store.js";
import {
  type MailEvent,
  type SuppressionReason,
  suppressionReasonSchema,
} from "../schemas/mail-event.js";
import type { Escalation, Relationship } from "../schemas/workflow.js";
import { normaliseEmail } from "../table/table-definition.js";
import { type IssueDetail, ValidationError } from "./errors.js";
import { coordinatorOf, pairName, publicUrl } from "./workflow/workflow-deps.js";

/** An SES event that is not what EventBridge delivers for a bounce or a complaint. */
export class InvalidMailEventError extends ValidationError {
  constructor(issues: IssueDetail[]) {
    super(issues);
    this.message = `invalid SES mail event: ${issues.map((issue) => issue.path || "(event)").join(", ")}`;
  }
}

export interface MailEventDeps {
  store: Pick<Store, "findParticipantIdByEmail" | "recordMailFeedback" | "suppressAddress">;
  workflowStore: Pick<WorkflowStore, "listRelationships" | "openEscalation" | "addEvent">;
  mailer: Mailer;
  clock: Clock;
  config: { baseUrl: string; coordinatorEmail: string; coordinatorLanguage?: Language };
}

export interface AddressOutcome {
  email: string;
  /** The participant who applied with the address; absent for an address nobody applied with. */
  participantId?: string;
  /** Whether this report was already recorded (a redelivery). */
  duplicate: boolean;
  /** Whether the address is now undeliverable (permanent bounce or complaint). */
  suppressed: boolean;
  /** Escalations (opened now or before) for the open relationships the participant is in. */
  escalationIds: string[];
}

export interface MailEventOutcome {
  eventId: string;
  kind: MailEvent["kind"];
  addresses: AddressOutcome[];
}

/** Stable per (relationship, participant): a redelivered or repeated report opens nothing new. */
export const undeliverableEscalationId = (relationshipId: string, participantId: string) =>
  `esc_mail_${relationshipId}_${participantId}`;

/**
 * An SES bounce or complaint report. Each report is recorded once per (address, event id);
 * a permanent bounce or a complaint makes the address undeliverable (no more mail goes to
 * it) and raises an escalation for every relationship of the participant that is not
 * closed. Transient and undetermined bounces are only recorded. Every step is idempotent,
 * so a redelivery (or a retry after a failure half-way) changes nothing that was done.
 *
 * The escalation is raised outside the state machine: no task waits for it. The coordinator
 * sees it among the open escalations and decides it; the workflow goes on meanwhile, and a
 * decision that changes its way (close, pause, rematch, replan) restarts its execution.
 */
export async function handleMailEvent(
  deps: MailEventDeps,
  event: MailEvent,
): Promise<MailEventOutcome> {
  const receivedAt = deps.clock.now().toISOString();
  const suppression = suppressionReasonSchema.safeParse(event.kind);
  const addresses: AddressOutcome[] = [];
  let relationships: Relationship[] | undefined;
  for (const email of [...new Set(event.recipients.map(normaliseEmail))]) {
    const { created } = await deps.store.recordMailFeedback({
      feedbackId: event.eventId,
      email,
      kind: event.kind,
      messageId: event.messageId,
      subType: event.subType,
      reportedAt: event.reportedAt,
      receivedAt,
    });
    const participantId = await deps.store.findParticipantIdByEmail(email);
    const outcome: AddressOutcome = {
      email,
      ...(participantId ? { participantId } : {}),
      duplicate: !created,
      suppressed: false,
      escalationIds: [],
    };
    addresses.push(outcome);
    if (!suppression.success) continue;
    await deps.store.suppressAddress({
      email,
      reason: suppression.data,
      feedbackId: event.eventId,
      messageId: event.messageId,
      suppressedAt: receivedAt,
    });
    outcome.suppressed = true;
    relationships ??= await deps.workflowStore.listRelationships();
    for (const relationship of relationships) {
      if (relationship.phase === "closed") continue;
      const who = participantIn(relationship, email, participantId);
      if (!who) continue;
      outcome.escalationIds.push(
        await escalate(deps, relationship, who, email, suppression.data, event, receivedAt),
      );
    }
  }
  return { eventId: event.eventId, kind: event.kind, addresses };
}

/** The participant of the relationship with this address: by application, or by its copy. */
function participantIn(
  relationship: Relationship,
  email: string,
  participantId: string | undefined,
): string | undefined {
  const members = [relationship.mentorId, ...relationship.menteeIds];
  if (participantId && members.includes(participantId)) return participantId;
  return members.find((id) => {
    const copy = relationship.people[id];
    return copy !== undefined && normaliseEmail(copy.email) === email;
  });
}

async function escalate(
  deps: MailEventDeps,
  relationship: Relationship,
  participantId: string,
  email: string,
  reason: SuppressionReason,
  event: MailEvent,
  at: string,
): Promise<string> {
  const { relationshipId } = relationship;
  const escalationId = undeliverableEscalationId(relationshipId, participantId);
  const draft: Escalation = {
    escalationId,
    relationshipId,
    reason: "mail_undeliverable",
    severity: "medium",
    evidence: [
      {
        reason: "mail_undeliverable",
        detail: {
          participantId,
          kind: reason,
          ...(event.subType ? { subType: event.subType } : {}),
          ...(event.reportedAt ? { reportedAt: event.reportedAt } : {}),
        },
      },
    ],
    phase: relationship.phase,
    cycle: relationship.cycle,
    status: "open",
    openedAt: at,
  };
  // No task token: nothing in the state machine waits for this escalation.
  const { escalation } = await deps.workflowStore.openEscalation(draft, "");
  // Keyed by the escalation's own time and id, so a retry writes the same timeline item.
  await deps.workflowStore.addEvent(relationshipId, {
    at: escalation.openedAt,
    key: `escalation-${escalationId}`,
    type: "escalation_opened",
    actor: "ses",
    detail: {
      escalationId,
      reason: "mail_undeliverable",
      severity: "medium",
      participantId,
      kind: reason,
    },
  });
  // A decided escalation needs no e-mail; an open one gets it once (a retry finds the key used).
  if (escalation.status === "open") {
    const link = publicUrl(deps, `/console/escalations/${escalationId}`);
    const mail = renderUndeliverableMail(coordinatorOf(deps).language, {
      name: relationship.people[participantId]?.name ?? participantId,
      email,
      relationship: pairName(relationship),
      reason,
      link,
    });
    // The outbox key makes this once per escalation, however often the report arrives.
    await deps.mailer.send({
      key: `escalation:${escalationId}`,
      to: deps.config.coordinatorEmail,
      ...mail,
    });
  }
  return escalationId;
}
