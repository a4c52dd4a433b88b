/**
 * The cohort's timeline in sentences, Latvian and English, as the relationship's
 * (timeline-sentences.ts): "Nosūtīti ielūgumi uz semināru (ielūgto skaits: 12)." The
 * figures come from the event's detail (counts only); an unknown type reads as words.
 */
import { COHORT_ESCALATION_REASONS } from "@shared/domain/cohorts/workflow/cohort-escalation-reasons.js";
import type { Language } from "@shared/i18n/localized.js";
import type { CohortEscalationReason } from "@shared/schemas/cohort-escalation.js";
import type { TimelineEvent } from "../api";

type Texts = readonly [lv: string, en: string];

export const COHORT_TIMELINE_SENTENCES: Record<string, Texts> = {
  intake_announced: [
    "Pieteikšanās sākās; paziņojums nosūtīts (saņēmēju skaits: {sent}).",
    "The intake opened; the announcement was sent (recipients: {sent}).",
  ],
  intake_numbers_sent: [
    "Koordinatoram nosūtīti pieteikšanās starprezultāti.",
    "The intake's halfway numbers were sent to the coordinator.",
  ],
  intake_closed: [
    "Pieteikšanās beidzās. Atbilst prasībām – mentorējamie: {mentees}, mentori: {mentors} (mērķis: {targets}).",
    "The intake closed. Eligible – mentees: {mentees}, mentors: {mentors} (target: {targets}).",
  ],
  seminar_invited: [
    "Nosūtīti ielūgumi uz informatīvo semināru (ielūgto skaits: {invited}).",
    "Invitations to the information seminar were sent (invited: {invited}).",
  ],
  seminar_reminded: [
    "Nosūtīti atgādinājumi par semināru (saņēmēju skaits: {reminded}).",
    "Reminders of the seminar were sent (recipients: {reminded}).",
  ],
  seminar_materials_sent: [
    "Semināra materiāli nosūtīti tiem, kas nepiedalījās (piedalījās: {attended}, materiāli: {materials}).",
    "The seminar materials were sent to those who did not attend (attended: {attended}, materials: {materials}).",
  ],
  matching_checked: [
    "Savietošanas termiņš. Mentorējamie ar pāri: {placed}, bez pāra: {unplaced}.",
    "Matching deadline. Mentees matched: {placed}, not matched: {unplaced}.",
  ],
  kickoff_sent: [
    "Nosūtīti pirmās tikšanās e-pasti (ar pāri: {placed}, bez pāra: {unplaced}; sadarbību skaits: {relationships}).",
    "The kick-off e-mails were sent (placed: {placed}, not placed: {unplaced}; relationships: {relationships}).",
  ],
  survey_halfway_sent: ["Nosūtīta starpposma aptauja.", "The halfway survey was sent."],
  digest_sent: [
    "Koordinatoram nosūtīts {digest}. pārskats (eskalācijas: {escalations}, nokavētas veidlapas: {overdue}, riskā: {atRisk}).",
    "Digest {digest} was sent to the coordinator (escalations: {escalations}, overdue forms: {overdue}, at risk: {atRisk}).",
  ],
  closing_nudged: [
    "Plānotās beigas: atgādināts sadarbībām, kas vēl turpinās (skaits: {open}).",
    "Planned end: the relationships still running were reminded (count: {open}).",
  ],
  stragglers_checked: [
    "Noslēguma pārbaude: nenoslēgto sadarbību skaits: {open}.",
    "Closing check: relationships not closed: {open}.",
  ],
  alumni_asked: [
    "Nosūtīta noslēguma aptauja un kopienas jautājumi (saņēmēju skaits: {asked}).",
    "The end survey and the community questions were sent (recipients: {asked}).",
  ],
  report_sent: [
    "Finansētāja pārskats nosūtīts koordinatoram; kārta noslēgta.",
    "The funder's report was sent to the coordinator; the cohort is closed.",
  ],
  cohort_cancelled: [
    "Kārta atcelta; pieteicējiem nosūtīts paziņojums (skaits: {told}).",
    "The cohort was cancelled; the applicants were told (count: {told}).",
  ],
  cohort_escalation_opened: [
    "Jautājums koordinatoram: {reason}.",
    "Question for the coordinator: {reason}.",
  ],
  cohort_escalation_decided: [
    "{actor} izlēma „{reason}”: {decision}.",
    "{actor} decided “{reason}”: {decision}.",
  ],
  cohort_decision_timed_out: [
    "Lēmums par „{reason}” netika pieņemts laikā; kārta turpinās.",
    "No decision on “{reason}” in time; the cohort goes on.",
  ],
  mentor_reinvited: [
    "Uzaicinājums mentorēt šajā kārtā nosūtīts: {person}.",
    "Invitation to mentor in this cohort sent to {person}.",
  ],
};

const DECISIONS: Record<string, Texts> = {
  extend: ["pagarināt", "extend"],
  go_on: ["turpināt", "go on"],
  cancel: ["atcelt kārtu", "cancel the cohort"],
};

/** One event of the cohort as a sentence; `actor` is who did it, in words. */
export function cohortTimelineSentence(
  event: TimelineEvent,
  language: Language,
  names: { name: (id: string) => string; actor: string; dateTime: (iso: string) => string },
): string {
  const index = language === "lv" ? 0 : 1;
  const texts = COHORT_TIMELINE_SENTENCES[event.type];
  if (!texts) return event.type.replaceAll("_", " ");
  const d = event.detail;
  const reason = COHORT_ESCALATION_REASONS[d.reason as CohortEscalationReason];
  const targets = d.targets as { mentees?: number; mentors?: number } | undefined;
  const decision = DECISIONS[String(d.decision)]?.[index] ?? String(d.decision ?? "–");
  const values: Record<string, string> = {
    actor: names.actor,
    person: typeof d.participantId === "string" ? names.name(d.participantId) : "–",
    reason: reason ? reason.label[language] : String(d.reason ?? "–"),
    decision:
      typeof d.until === "string"
        ? `${decision} (${language === "lv" ? "līdz" : "until"} ${names.dateTime(d.until)})`
        : decision,
    targets: targets ? `${targets.mentees ?? "–"} / ${targets.mentors ?? "–"}` : "–",
  };
  return texts[index].replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key in values) return values[key] ?? "–";
    const value = d[key];
    return typeof value === "number" ? String(value) : "–";
  });
}
