import type { Localized } from "../../i18n/localized.js";
import { localized } from "../../i18n/localized.js";
import type { EscalationReason } from "../../schemas/workflow.js";

/**
 * Every escalation reason in one table (the one home of the concept): what a coordinator
 * reads, how urgent it is, what it does to the relationship's health, which evidence it
 * shows and whether a workflow task waits for the decision. The health rules, the cycle
 * evaluation, opening an escalation, the e-mails and the console all read it, so a new
 * reason is its enum value (shared/schemas/workflow.ts) and one entry here.
 */
export type Severity = "medium" | "high";

/** The health a relationship has while a finding of this reason stands. */
export type HealthEffect = "at_risk" | "stalled";

export interface EscalationReasonInfo {
  label: Localized;
  severity: Severity;
  /** "stalled": the relationship is not moving; "at_risk": it moves, but badly. */
  health: HealthEffect;
  /**
   * What the coordinator sees as evidence: the figures of the last health check
   * (`health_check`), the figures the raising step recorded itself (`own`), who declined
   * the match and why (`declines`), when and to whom the plan form went (`plan_request`),
   * or none.
   */
  evidence: "health_check" | "own" | "declines" | "plan_request" | "none";
  /** Whether the state machine waits (a task token) for the decision. */
  taskToken: boolean;
  /**
   * The finding's sentence, filled from its detail (health rules only). Counts are written
   * "label: {n}" unless a plural form is chosen, so no number agreement is guessed.
   */
  finding?: Localized;
}

export const ESCALATION_REASONS: Record<EscalationReason, EscalationReasonInfo> = {
  reflection_missing: {
    label: localized("Trūkst refleksijas", "Reflection missing"),
    severity: "medium",
    health: "at_risk",
    evidence: "health_check",
    taskToken: true,
    finding: localized(
      "Nav saņemta refleksija par {session}. tikšanos: {participantId}. Dienas kopš tikšanās beigām: {daysSinceEnd}.",
      "No reflection from participant {participantId} on session {session}. Days since the session ended: {daysSinceEnd}.",
    ),
  },
  sessions_not_held: {
    label: localized("Tikšanās nenotiek", "Sessions not held"),
    severity: "medium",
    health: "stalled",
    evidence: "health_check",
    taskToken: true,
    finding: localized(
      "Ziņots, ka tikšanās nav notikušas. Nenotikušu tikšanos skaits pēc kārtas: {inARow} (tikšanās Nr. {sessions}).",
      "Sessions were reported as not held. Sessions not held in a row: {inARow} (sessions {sessions}).",
    ),
  },
  no_session_held: {
    label: localized("Ilgi nav bijis tikšanās", "No session for a long time"),
    severity: "medium",
    health: "stalled",
    evidence: "health_check",
    taskToken: true,
    finding: localized(
      "Ilgu laiku nav notikusi neviena tikšanās. Dienas bez notikušas tikšanās: {daysWithoutSession}.",
      "No session has taken place for a long time. Days without a session held: {daysWithoutSession}.",
    ),
  },
  low_rating: {
    label: localized("Zems vērtējums", "Low rating"),
    severity: "medium",
    health: "at_risk",
    evidence: "health_check",
    taskToken: true,
    finding: localized(
      "Pēdējā refleksijā ({session}. tikšanās) vērtējums „{ratingLabel}” ir zems: {value} no 10. Vērtēja {participantId}.",
      "In the latest reflection of participant {participantId} (session {session}) the rating “{ratingLabel}” is low: {value} out of 10.",
    ),
  },
  rating_drop: {
    label: localized("Vērtējums strauji krities", "Rating dropped sharply"),
    severity: "medium",
    health: "at_risk",
    evidence: "health_check",
    taskToken: true,
    finding: localized(
      "Vērtējums „{ratingLabel}” strauji samazinājās: no {previous} ({previousSession}. tikšanās) līdz {value} ({session}. tikšanās). Vērtēja {participantId}.",
      "The rating “{ratingLabel}” of participant {participantId} dropped sharply: from {previous} (session {previousSession}) to {value} (session {session}).",
    ),
  },
  felt_unsafe: {
    label: localized("Dalībnieks nejūtas droši", "A participant does not feel safe"),
    // Only a participant who may not feel safe is urgent; the rest can wait for the
    // coordinator's next look.
    severity: "high",
    health: "stalled",
    evidence: "health_check",
    taskToken: true,
    finding: localized(
      "Pēdējā refleksijā ({session}. tikšanās) drošības un komforta sajūtu ar {value} no 10 novērtēja {participantId}. Lūdzu, sazinieties ar viņu.",
      "In the latest reflection (session {session}) participant {participantId} rated feeling safe and comfortable {value} out of 10. Please get in touch with the participant.",
    ),
  },
  progress_stalled: {
    label: localized("Progress apstājies", "Progress stalled"),
    severity: "medium",
    health: "stalled",
    evidence: "health_check",
    taskToken: true,
    finding: localized(
      "Progress mērķī „{goal}” nav mainījies: {value} % pēdējos kontrolpunktos (tikšanās Nr. {sessions}). Atzīmēja {participantId}.",
      "Progress of participant {participantId} on goal “{goal}” has not changed: {value}% at the latest checkpoints (sessions {sessions}).",
    ),
  },
  email_bounced: {
    label: localized("E-pasts netika piegādāts", "E-mail bounced"),
    severity: "medium",
    health: "at_risk",
    evidence: "health_check",
    taskToken: true,
    finding: localized(
      "E-pasts netika piegādāts: {participantId}. Tāpēc veidlapas un atgādinājumi nepienāk.",
      "E-mail to participant {participantId} bounced, so the participant receives no forms or reminders.",
    ),
  },
  mail_undeliverable: {
    label: localized(
      "Dalībnieka e-pasta adrese nav sasniedzama",
      "A participant's e-mail address is undeliverable",
    ),
    severity: "medium",
    health: "at_risk",
    evidence: "own",
    // Raised by an SES bounce or complaint outside the state machine: nothing waits for it.
    taskToken: false,
  },
  no_candidate_left: {
    label: localized("Nav palicis neviena piemērota mentora", "No suitable mentor left"),
    severity: "medium",
    health: "stalled",
    evidence: "declines",
    taskToken: true,
  },
  no_plan: {
    label: localized("Sadarbības plāns nav iesniegts", "No plan submitted"),
    severity: "medium",
    health: "stalled",
    evidence: "plan_request",
    taskToken: true,
  },
};

/** The reason's label in a language: e-mail subjects, the console, the figures. */
export const reasonLabel = (reason: EscalationReason): Localized =>
  ESCALATION_REASONS[reason].label;

/** Every label, keyed by reason (kept for callers that want the whole map). */
export const ESCALATION_REASON_LABELS: Record<EscalationReason, Localized> = Object.fromEntries(
  Object.entries(ESCALATION_REASONS).map(([reason, info]) => [reason, info.label]),
) as Record<EscalationReason, Localized>;

/**
 * The one rule that turns what stands against a relationship into its health: nothing is
 * on track; any high-severity or "not moving" reason is stalled; anything else at risk.
 */
export function healthOfReasons(
  reasons: readonly EscalationReason[],
): "on_track" | "at_risk" | "stalled" {
  if (reasons.length === 0) return "on_track";
  const stalls = reasons.some(
    (reason) =>
      ESCALATION_REASONS[reason].severity === "high" ||
      ESCALATION_REASONS[reason].health === "stalled",
  );
  return stalls ? "stalled" : "at_risk";
}
