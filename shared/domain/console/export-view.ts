import type { TimelineEvent } from "../../ports/workflow-store.js";
import {
  type Escalation,
  escalationReasonSchema,
  type Relationship,
} from "../../schemas/workflow.js";
import { healthOfReasons } from "../escalations/escalation-reasons.js";
import { participantIds } from "../workflow/workflow-deps.js";

/**
 * What a person's GDPR export may hold of the relationship's timeline: an allow-list of
 * event types, each with the detail fields kept. A type not listed here is left out, so a
 * new event type reaches an export only when someone decides it may. Fields that name
 * another person (ids of partners, who a mentor was changed to) are never listed.
 */
const EXPORTED_EVENTS: Readonly<Record<string, readonly string[]>> = {
  consent_accept: ["stepKey"],
  // Only the decliner's own export has the event (actor), so the reason is their own words.
  consent_decline: ["stepKey", "reason"],
  consent_complete: [],
  introduction_received: [],
  plan_saved: ["goals", "sessions", "firstSessionAt"],
  reflection_received: [
    "session",
    "held",
    "valueRating",
    "ideasRating",
    "safetyRating",
    "notHeldReason",
    "proposedDate",
  ],
  checkpoint_received: ["session", "progress"],
  closure_received: [],
  form_sent: ["kind", "stepKey"],
  reminder_sent: ["kind", "stepKey"],
  form_resent: ["formId", "kind", "stepKey"],
  new_link_requested: ["formId", "kind", "problem"],
  calendar_invites_sent: ["sessions"],
  session_reminder_sent: ["session"],
  health_checked: ["session"],
  escalation_opened: ["escalationId", "reason", "severity"],
  escalation_decided: ["escalationId", "decision", "pauseUntil"],
  decision_applied: ["decision"],
  // What the coordinator did to the relationship; the note stays the coordinator's.
  coordinator_action: ["action", "pausedUntil"],
  pause_ended: [],
  mentor_changed: [],
  workflow_restarted: [],
  relationship_closed: ["reason", "sessionsHeld"],
  certificates_withheld: ["reason", "closeReason", "sessionsHeld"],
  certificate_issued: [],
};

/** Events whose `participantId` says whom they concern: kept only for that person. */
const ABOUT_ONE_PERSON = new Set([
  "form_sent",
  "reminder_sent",
  "form_resent",
  "certificate_issued",
]);

interface Finding {
  reason: string;
  participantId?: unknown;
  [key: string]: unknown;
}

/**
 * Whether a finding or an escalation's evidence is the person's own or the relationship's
 * as a whole (sessions not held): a finding that names someone else is theirs alone.
 */
const concernsOnly = (me: string) => (entry: { participantId?: unknown }) =>
  entry.participantId === undefined || entry.participantId === me;

/** The escalations of the person's relationships whose evidence concerns no one else. */
export const ownEscalations = (escalations: Escalation[], me: string) =>
  escalations.filter((escalation) =>
    escalation.evidence.every((entry) => concernsOnly(me)(entry.detail)),
  );

/**
 * The timeline as the person may see it: their own doings and the relationship's steps,
 * each with the allowed fields only. A health check keeps the findings about the person
 * (or about the relationship as a whole), and its health is worked out again from those,
 * so a partner's low rating does not show through as "stalled".
 */
export function exportedEvents(
  events: TimelineEvent[],
  relationship: Relationship,
  me: string,
  escalationIds: ReadonlySet<string>,
) {
  const people = participantIds(relationship);
  const out: TimelineEvent[] = [];
  for (const event of events) {
    const fields = EXPORTED_EVENTS[event.type];
    if (!fields) continue;
    if (people.includes(event.actor) && event.actor !== me) continue;
    const about = event.detail.participantId;
    if (ABOUT_ONE_PERSON.has(event.type) && about !== me) continue;
    const escalationId = event.detail.escalationId;
    if (typeof escalationId === "string" && !escalationIds.has(escalationId)) continue;
    const detail: Record<string, unknown> = {};
    for (const field of fields) if (field in event.detail) detail[field] = event.detail[field];
    if (event.type === "health_checked") {
      const all = Array.isArray(event.detail.findings) ? (event.detail.findings as Finding[]) : [];
      const findings = all.filter(concernsOnly(me));
      detail.findings = findings;
      detail.health = healthOfReasons(
        findings.flatMap((finding) => {
          const reason = escalationReasonSchema.safeParse(finding.reason);
          return reason.success ? [reason.data] : [];
        }),
      );
    }
    out.push({ ...event, detail });
  }
  return out;
}

/** The health the person's own view of the timeline shows last, if a check ran. */
export const lastHealth = (events: TimelineEvent[]) =>
  events.findLast((event) => event.type === "health_checked")?.detail.health ?? null;
