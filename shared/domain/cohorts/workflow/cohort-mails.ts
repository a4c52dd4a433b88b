import { localized } from "../../../i18n/localized.js";
import { COORDINATOR_WHY, type MailTemplate } from "../../../mail/workflow-mail.js";
import type { CohortEscalationReason } from "../../../schemas/cohort-escalation.js";

/** The e-mails the cohort workflow sends itself (the forms' e-mails live with the forms). */
export type CohortMail =
  | "intake_numbers"
  | "kickoff_placed"
  | "digest"
  | "closing_nudge"
  | "cancelled";

export const COHORT_MAILS: Record<CohortMail, MailTemplate> = {
  intake_numbers: {
    subject: localized("Pieteikšanās pusceļā: „{cohort}”", "Intake halfway: “{cohort}”"),
    body: localized(
      "Programmas kārtas „{cohort}” pieteikšanās ir pusē; tā beigsies {when}. Zemāk ir apstiprināto pieteikumu skaits salīdzinājumā ar mērķiem.",
      "The intake of the round “{cohort}” is halfway; it closes on {when}. Below are the confirmed applications against the targets.",
    ),
    button: localized("Atvērt kārtu konsolē", "Open the round in the console"),
    why: COORDINATOR_WHY,
  },
  kickoff_placed: {
    subject: localized("Programmas kārta „{cohort}” sākas", "The round “{cohort}” begins"),
    body: localized(
      "Jūsu dalība programmas kārtā „{cohort}” ir apstiprināta. Kārtas atklāšana un pirmās tikšanās: {when}. Pielikumā ir kalendāra ielūgums, bet zemāk — programmas kalendārs. Par sadarbības partneriem un pirmās tikšanās sarunāšanu saņemsiet atsevišķu e-pastu.",
      "Your place in the round “{cohort}” is confirmed. The kick-off and first meetings: {when}. A calendar invite is attached and the programme's calendar is below. You receive a separate e-mail about your mentoring partners and arranging the first meeting.",
    ),
  },
  digest: {
    subject: localized("Divu nedēļu pārskats: „{cohort}”", "Fortnightly digest: “{cohort}”"),
    body: localized(
      "Programmas kārtas „{cohort}” stāvoklis: atvērtās eskalācijas, nokavētās veidlapas un attiecības, kurām jāpievērš uzmanība.",
      "Where the round “{cohort}” stands: open escalations, overdue forms and relationships that need attention.",
    ),
    button: localized("Atvērt kārtu konsolē", "Open the round in the console"),
    why: COORDINATOR_WHY,
  },
  closing_nudge: {
    subject: localized(
      "Laiks noslēgt sadarbību: „{cohort}”",
      "Time to close your mentoring: “{cohort}”",
    ),
    body: localized(
      "Programmas kārtas „{cohort}” plānotās beigas ir pienākušas. Lūdzu, noturiet noslēguma tikšanos un aizpildiet noslēguma anketu līdz {when}. Ja sadarbība vēl turpinās, pārrunājiet to ar koordinatoru.",
      "The round “{cohort}” has reached its planned end. Please hold your closing meeting and fill in the closing form by {when}. If your mentoring still goes on, talk to the coordinator.",
    ),
  },
  cancelled: {
    subject: localized(
      "Programmas kārta „{cohort}” ir atcelta",
      "The round “{cohort}” is cancelled",
    ),
    body: localized(
      "Programmas kārta „{cohort}” ir atcelta. Atvainojamies par neērtībām. Jūsu adrese ir gaidītāju sarakstā, un mēs jums uzrakstīsim, tiklīdz sāksies nākamās kārtas pieteikšanās.",
      "The round “{cohort}” has been cancelled. We are sorry for the inconvenience. Your address is on the waiting list, and we will write to you as soon as the next round's intake opens.",
    ),
    why: localized(
      "Jūs saņemat šo e-pastu, jo pieteicāties programmai „{programme}”.",
      "You receive this e-mail because you applied to the “{programme}”.",
    ),
  },
};

/** The coordinator's e-mail when the cohort workflow asks for a decision, by reason. */
export const COHORT_ESCALATION_MAILS: Record<CohortEscalationReason, MailTemplate> = {
  intake_shortfall: {
    subject: localized(
      "Lēmums nepieciešams: pieteikumu mazāk par mērķi („{cohort}”)",
      "Decision needed: fewer applications than the target (“{cohort}”)",
    ),
    body: localized(
      "Programmas kārtas „{cohort}” pieteikšanās ir beigusies, un pieteikumu ir mazāk par mērķi. Izlemiet konsolē: pagarināt pieteikšanos, turpināt ar esošajiem pieteikumiem vai atcelt kārtu. Ja lēmuma nebūs līdz {when}, kārta turpināsies ar esošajiem pieteikumiem.",
      "The intake of the round “{cohort}” has closed with fewer applications than the target. Decide in the console: extend the intake, go on with the applications there are, or cancel the round. Without a decision by {when} the round goes on with the applications there are.",
    ),
    button: localized("Izlemt konsolē", "Decide in the console"),
    why: COORDINATOR_WHY,
  },
  matching_late: {
    subject: localized(
      "Lēmums nepieciešams: savietošana nav pabeigta („{cohort}”)",
      "Decision needed: matching not done (“{cohort}”)",
    ),
    body: localized(
      "Programmas kārtas „{cohort}” savietošanas termiņš ir pienācis, bet savietošana nav pabeigta. Izlemiet konsolē: pagarināt termiņu, turpināt ar apstiprinātajiem pāriem vai atcelt kārtu. Ja lēmuma nebūs līdz {when}, kārta turpināsies ar apstiprinātajiem pāriem.",
      "The matching deadline of the round “{cohort}” has come, but matching is not done. Decide in the console: extend the deadline, go on with the approved matches, or cancel the round. Without a decision by {when} the round goes on with the approved matches.",
    ),
    button: localized("Izlemt konsolē", "Decide in the console"),
    why: COORDINATOR_WHY,
  },
  stragglers: {
    subject: localized(
      "Lēmums nepieciešams: nenoslēgtas attiecības („{cohort}”)",
      "Decision needed: relationships not closed (“{cohort}”)",
    ),
    body: localized(
      "Divas nedēļas pēc programmas kārtas „{cohort}” plānotajām beigām dažas attiecības vēl nav noslēgtas (saraksts zemāk). Izlemiet konsolē: gaidīt ilgāk vai turpināt ar pārskatu. Ja lēmuma nebūs līdz {when}, pārskats tiks sagatavots bez tām.",
      "Two weeks after the planned end of the round “{cohort}” some relationships are still not closed (listed below). Decide in the console: wait longer or go on to the report. Without a decision by {when} the report is made without them.",
    ),
    button: localized("Izlemt konsolē", "Decide in the console"),
    why: COORDINATOR_WHY,
  },
};
