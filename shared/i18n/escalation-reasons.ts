import type { EscalationReason } from "../schemas/workflow.js";
import { type Localized, localized } from "./localized.js";

/**
 * What each escalation reason means, as a coordinator reads it (e-mail subjects, the
 * console). The record type makes a new reason without its labels a type error.
 */
export const ESCALATION_REASON_LABELS: Record<EscalationReason, Localized> = {
  reflection_missing: localized("Trūkst refleksijas", "Reflection missing"),
  sessions_not_held: localized("Tikšanās nenotiek", "Sessions not held"),
  no_session_held: localized("Ilgi nav bijis tikšanās", "No session for a long time"),
  low_rating: localized("Zems vērtējums", "Low rating"),
  rating_drop: localized("Vērtējums strauji krities", "Rating dropped sharply"),
  felt_unsafe: localized("Dalībnieks nejūtas droši", "A participant does not feel safe"),
  progress_stalled: localized("Progress apstājies", "Progress stalled"),
  email_bounced: localized("E-pasts netika piegādāts", "E-mail bounced"),
  mail_undeliverable: localized(
    "Dalībnieka e-pasta adrese nav sasniedzama",
    "A participant's e-mail address is undeliverable",
  ),
  no_candidate_left: localized("Nav palicis neviena piemērota mentora", "No suitable mentor left"),
  no_plan: localized("Sadarbības plāns nav iesniegts", "No plan submitted"),
};
