/**
 * The relationship's timeline in sentences, Latvian and English: "Ilze Bērziņa piekrita
 * sadarbībai." rather than `consent_accept  stepKey: consent#1`. A person is the subject of a
 * past-tense verb, which Latvian does not inflect for gender; the rest is passive or a label
 * with a colon, so a name always stays in the nominative. An unknown event type still reads
 * as words (its type, spaced), never as JSON.
 */
import type { Language, Localized } from "@shared/i18n/localized.js";
import { DECISION_LABELS, FORM_KIND_LABELS, HEALTH_LABELS } from "@shared/i18n/workflow-labels.js";
import type { TimelineEvent } from "../api";
import { ESCALATION_REASONS } from "../labels";

type Texts = readonly [lv: string, en: string];

/** Why a relationship closed, and why certificates were withheld, in words. */
const REASONS: Record<string, Texts> = {
  completed: ["sadarbība pabeigta", "completed"],
  closed_by_coordinator: ["noslēgta pēc koordinatora lēmuma", "closed by the coordinator"],
  closed_early: ["sadarbība noslēgta pirms termiņa", "closed early"],
  no_session_held: ["neviena tikšanās nenotika", "no session was held"],
  not_closed: ["sadarbība vēl nav noslēgta", "not closed yet"],
  answered: ["veidlapa jau aizpildīta", "the form was answered"],
  expired: ["saite novecojusi", "the link had expired"],
  closed: ["veidlapa slēgta", "the form was closed"],
};

/** A coordinator's action on the relationship (act-on-relationship.ts). */
const ACTIONS: Record<string, Texts> = {
  close: ["Sadarbība noslēgta pirms termiņa.", "The relationship was closed early."],
  pause: ["Sadarbība apturēta līdz {until}.", "The relationship was paused until {until}."],
  resume: [
    "Pauze pārtraukta; sadarbība turpinās.",
    "The pause was ended; the relationship goes on.",
  ],
  replan: ["Lūgts jauns sadarbības plāns.", "A new plan was asked for."],
};

/** One sentence per event type; `{actor}` is who did it, the rest comes from the detail. */
export const TIMELINE_SENTENCES: Record<string, Texts> = {
  form_sent: ["Nosūtīta veidlapa „{kind}”: {person}.", "Form “{kind}” sent to {person}."],
  reminder_sent: [
    "Nosūtīts atgādinājums par veidlapu „{kind}”: {person}.",
    "Reminder about the form “{kind}” sent to {person}.",
  ],
  form_resent: [
    "Veidlapa „{kind}” nosūtīta vēlreiz: {person}.",
    "The form “{kind}” was sent again to {person}.",
  ],
  new_link_requested: [
    "{actor} lūdza jaunu saiti veidlapai „{kind}” ({problem}).",
    "{actor} asked for a new link to the form “{kind}” ({problem}).",
  ],
  consent_accept: ["{actor} piekrita sadarbībai.", "{actor} accepted the match."],
  consent_decline: ["{actor} atteicās no sadarbības.{said}", "{actor} declined the match.{said}"],
  consent_complete: [
    "Visi dalībnieki ir piekrituši; nosūtīta sveiciena vēstule.",
    "Everyone has accepted; the welcome was sent.",
  ],
  introduction_received: [
    "{actor} iesniedza iepazīšanās aprakstu.",
    "{actor} sent the introduction.",
  ],
  plan_saved: [
    "{actor} iesniedza sadarbības plānu (mērķu skaits: {goals}, tikšanās reižu skaits: {sessions}).",
    "{actor} submitted the mentoring plan (goals: {goals}, sessions: {sessions}).",
  ],
  calendar_invites_sent: [
    "Nosūtīti kalendāra ielūgumi (tikšanās Nr. {sessions}).",
    "Calendar invites sent (sessions {sessions}).",
  ],
  session_reminder_sent: [
    "Nosūtīts atgādinājums par {session}. tikšanos.",
    "Reminder sent for session {session}.",
  ],
  reflection_received: [
    "{actor} iesniedza refleksiju par {session}. tikšanos.{notHeld}",
    "{actor} sent the reflection on session {session}.{notHeld}",
  ],
  checkpoint_received: [
    "{actor} atzīmēja progresu pēc {session}. tikšanās.",
    "{actor} recorded progress after session {session}.",
  ],
  health_checked: [
    "Stāvoklis pēc {session}. tikšanās: {health}.",
    "Health after session {session}: {health}.",
  ],
  escalation_opened: ["Atvērta eskalācija: {reason}.", "Escalation opened: {reason}."],
  escalation_decided: [
    "Lēmums par eskalāciju: {decision}.{until}",
    "Decision on the escalation: {decision}.{until}",
  ],
  decision_applied: ["Lēmums „{decision}” izpildīts.", "The decision “{decision}” was applied."],
  coordinator_action: ["{action}{note}", "{action}{note}"],
  mentor_changed: [
    "Piedāvāts cits kandidāts: {to} (iepriekš: {from}).",
    "Another candidate proposed: {to} (before: {from}).",
  ],
  workflow_restarted: [
    "Darbplūsma palaista no jauna (izpilde Nr. {execution}).",
    "The workflow was started again (execution {execution}).",
  ],
  pause_ended: ["Pauze beidzās; sadarbība turpinās.", "The pause ended; the relationship goes on."],
  closure_received: ["{actor} iesniedza noslēguma atbildes.", "{actor} sent the closing answers."],
  relationship_closed: [
    "Sadarbība noslēgta: {reason}. Notikušo tikšanos skaits: {sessionsHeld}.",
    "The relationship closed: {reason}. Sessions held: {sessionsHeld}.",
  ],
  certificates_withheld: [
    "Sertifikāti netiek izsniegti: {reason}.",
    "No certificates are issued: {reason}.",
  ],
  certificate_issued: ["Izsniegts sertifikāts: {person}.", "Certificate issued to {person}."],
  participant_erased: ["Dalībnieka dati dzēsti.", "A participant's data was erased."],
};

const word = (texts: Texts | undefined, language: Language, fallback: string) =>
  texts ? texts[language === "lv" ? 0 : 1] : fallback.replaceAll("_", " ");

const label = (labels: Record<string, Localized>, value: unknown, language: Language) =>
  typeof value === "string" && labels[value] ? labels[value][language] : String(value ?? "–");

/**
 * The event as a sentence. `name` turns a participant id into a name; `actor` is who did
 * it in words; `dateTime` formats a time in the console's language.
 */
export function timelineSentence(
  event: TimelineEvent,
  language: Language,
  names: {
    name: (id: string) => string;
    actor: string;
    dateTime: (iso: string) => string;
  },
): string {
  const texts = TIMELINE_SENTENCES[event.type];
  if (!texts) return word(undefined, language, event.type);
  const d = event.detail;
  const lv = language === "lv";
  const quoted = (text: string) => (lv ? `„${text}”` : `“${text}”`);
  const values: Record<string, string> = {
    actor: names.actor,
    person: typeof d.participantId === "string" ? names.name(d.participantId) : names.actor,
    kind: label(FORM_KIND_LABELS, d.kind, language),
    session: String(d.session ?? "–"),
    sessions: Array.isArray(d.sessions) ? d.sessions.join(", ") : String(d.sessions ?? "–"),
    goals: String(d.goals ?? "–"),
    health: label(HEALTH_LABELS, d.health, language),
    decision: label(DECISION_LABELS, d.decision, language),
    reason:
      typeof d.reason === "string" && d.reason in ESCALATION_REASONS
        ? ESCALATION_REASONS[d.reason as keyof typeof ESCALATION_REASONS].label[language]
        : word(REASONS[String(d.reason)], language, String(d.reason ?? "–")),
    problem: word(REASONS[String(d.problem)], language, String(d.problem ?? "–")),
    sessionsHeld: String(d.sessionsHeld ?? 0),
    execution: String(d.execution ?? "–"),
    from: typeof d.from === "string" ? names.name(d.from) : "–",
    to: typeof d.to === "string" ? names.name(d.to) : "–",
    said:
      typeof d.reason === "string" && d.reason.trim() !== ""
        ? ` ${lv ? "Iemesls" : "Reason"}: ${quoted(d.reason)}.`
        : "",
    notHeld:
      d.held === "no" ? (lv ? " Tikšanās nenotika." : " The session did not take place.") : "",
    until:
      typeof d.pauseUntil === "string"
        ? ` ${lv ? "Pauze līdz" : "Paused until"} ${names.dateTime(d.pauseUntil)}.`
        : "",
    action: word(ACTIONS[String(d.action)], language, String(d.action ?? "")).replace(
      "{until}",
      typeof d.pausedUntil === "string" ? names.dateTime(d.pausedUntil) : "–",
    ),
    note:
      typeof d.note === "string" && d.note !== ""
        ? ` ${lv ? "Piezīme" : "Note"}: ${quoted(d.note)}`
        : "",
  };
  return texts[lv ? 0 : 1].replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "–");
}
