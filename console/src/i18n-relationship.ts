/**
 * Texts of a relationship's actions, its open forms, the escalation decisions' consequences
 * and the API's refusals, in Latvian and English; part of MESSAGES (i18n.ts).
 */
import type { Texts } from "./i18n";

export const RELATIONSHIP_MESSAGES = {
  // Actions on a relationship (POST .../actions)
  actionsTitle: ["Darbības", "Actions"],
  actionsDescription: [
    "Bez eskalācijas gaidīšanas. Katra darbība tiek ierakstīta laika joslā un uzreiz maina darbplūsmu.",
    "Without waiting for an escalation. Each action is written to the timeline and changes the workflow at once.",
  ],
  actionsWhileEscalation: [
    "Kamēr eskalācija ir atvērta, lēmumu pieņemiet eskalācijas lapā.",
    "While an escalation is open, decide on its page.",
  ],
  actionsClosed: ["Noslēgtai sadarbībai darbību nav.", "A closed relationship has no actions."],
  actionsConsent: [
    "Kamēr dalībnieki nav piekrituši, sadarbību var tikai noslēgt.",
    "Until the participants have accepted, the relationship can only be closed.",
  ],
  action_close: ["Noslēgt pirms termiņa", "Close early"],
  action_pause: ["Pauzēt līdz datumam", "Pause until a date"],
  action_resume: ["Turpināt tagad", "Resume now"],
  action_replan: ["Lūgt jaunu plānu", "Ask for a new plan"],
  actionWhat_close: [
    "Sadarbība tiek noslēgta uzreiz, bez noslēguma veidlapām. Nākamās tikšanās tiek atceltas dalībnieku kalendāros, un mentora vieta atbrīvojas. Sertifikāti netiek izsniegti.",
    "The relationship closes at once, without the closing forms. The coming sessions are cancelled in the participants' calendars and the mentor's place is freed. No certificates are issued.",
  ],
  actionWhat_pause: [
    "Līdz izvēlētajam datumam darbplūsma neko nesūta: ne atgādinājumus, ne veidlapas. Pēc tam sadarbība turpinās no vietas, kur tā apstājās. Dalībniekiem automātiski nekas netiek rakstīts.",
    "Until the chosen date the workflow sends nothing: no reminders, no forms. Then the relationship goes on where it stopped. The participants are not written to automatically.",
  ],
  actionWhat_resume: [
    "Pauze beidzas tūlīt, un darbplūsma turpina no vietas, kur tā apstājās.",
    "The pause ends now and the workflow goes on where it stopped.",
  ],
  actionWhat_replan: [
    "Sadarbība atgriežas plānošanā: plāna veidlapa tiek nosūtīta no jauna. Kad jaunais plāns ir iesniegts, tikšanās tiek pārplānotas un kalendāra ielūgumi atjaunoti.",
    "The relationship goes back to planning: the plan form is sent again. When the new plan is in, the sessions are rescheduled and the calendar invites updated.",
  ],
  actionNote: ["Piezīme (redz tikai koordinatori)", "Note (only coordinators see it)"],
  actionReason: ["Iemesls (redz tikai koordinatori)", "Reason (only coordinators see it)"],
  actionReasonRequired: ["Norādiet iemeslu.", "Give the reason."],
  actionUntil: ["Pauze līdz", "Paused until"],
  actionConfirm: ["Apstiprināt", "Confirm"],
  actionDone: ["Izdarīts: {action}.", "Done: {action}."],

  actorMail: ["E-pasta serviss", "Mail service"],
  closeReason_completed: ["Pabeigtas", "Completed"],
  closeReason_closed_by_coordinator: [
    "Noslēgtas pēc koordinatora lēmuma",
    "Closed by the coordinator",
  ],

  // Open forms
  openFormsTitle: ["Neaizpildītās veidlapas", "Open forms"],
  openFormsDescription: [
    "Veidlapas, kuras darbplūsma vēl gaida. Nosūtot vēlreiz, dalībnieks saņem to pašu saiti (vai jaunu, ja vecā novecojusi).",
    "Forms the workflow still waits for. Sending again gives the participant the same link (or a new one if the old one has expired).",
  ],
  openFormsEmpty: ["Nav neaizpildītu veidlapu.", "No open forms."],
  formKind: ["Veidlapa", "Form"],
  formSentAt: ["Nosūtīta", "Sent"],
  validUntil: ["Derīga līdz", "Valid until"],
  resendOpenForm: ["Nosūtīt vēlreiz", "Send again"],
  formResentTo: ["Veidlapa nosūtīta vēlreiz: {name}.", "Form sent again to {name}."],

  // What each decision on an escalation does next
  decisionWhat_continue: [
    "Darbplūsma turpinās: mācīšanās posmā ar nākamo tikšanos, piekrišanas vai plānošanas posmā ar jaunu veidlapu un e-pastu dalībniekiem.",
    "The workflow goes on: in learning with the next session; in consent or planning with a new form and e-mail to the participants.",
  ],
  decisionWhat_extend: [
    "Plānam tiek pievienotas divas tikšanās tajā pašā ritmā; dalībnieki saņem kalendāra ielūgumus.",
    "Two sessions are added to the plan at its pace; the participants get calendar invites.",
  ],
  decisionWhat_replan: [
    "Sadarbība atgriežas plānošanā: plāna veidlapa tiek nosūtīta no jauna.",
    "The relationship goes back to planning: the plan form is sent again.",
  ],
  decisionWhat_rematch: [
    "Nākamais piemērotais kandidāts saņem piekrišanas veidlapu; ja tāda nav, tie paši dalībnieki tiek aicināti vēlreiz.",
    "The next suitable candidate gets the consent form; if there is none, the same people are asked again.",
  ],
  decisionWhat_pause: [
    "Līdz datumam darbplūsma neko nesūta; pēc tam turpina ar nākamo soli.",
    "Until the date the workflow sends nothing; then it goes on with the next step.",
  ],
  decisionWhat_close: [
    "Sadarbība tiek noslēgta uzreiz, nākamās tikšanās tiek atceltas un mentora vieta atbrīvojas. Sertifikāti netiek izsniegti.",
    "The relationship closes at once, the coming sessions are cancelled and the mentor's place is freed. No certificates are issued.",
  ],
  decisionWhatTitle: ["Kas notiks pēc lēmuma", "What happens after the decision"],
  evidenceWhen: ["Kopš", "Since"],

  // The API's refusals, by code (never the server's English words on a Latvian page)
  apiError_relationship_closed: ["Sadarbība jau ir noslēgta.", "The relationship is closed."],
  apiError_escalation_open: [
    "Sadarbībai ir atvērta eskalācija: lēmumu pieņemiet tajā.",
    "The relationship has an open escalation: decide it there.",
  ],
  apiError_pause_in_past: [
    "Pauzes beigu datumam jābūt nākotnē.",
    "A pause must end in the future.",
  ],
  apiError_not_possible: [
    "Šajā sadarbības posmā šī darbība nav iespējama.",
    "This action is not possible at this stage of the relationship.",
  ],
  apiError_escalation_decided: [
    "Par šo eskalāciju lēmums jau ir pieņemts.",
    "This escalation has already been decided.",
  ],
  apiError_mentee_already_placed: [
    "Mentorējamais jau ir iekļauts citā sadarbībā.",
    "The mentee is already placed in another relationship.",
  ],
  apiError_mentor_full: ["Mentoram vairs nav brīvu vietu.", "The mentor has no places left."],
  apiError_proposal_changed: [
    "Priekšlikums pa to laiku ir mainīts: atjaunojiet lapu.",
    "The proposal was changed meanwhile: refresh the page.",
  ],
  apiError_proposal_not_open: [
    "Priekšlikums vairs nav atvērts (jau apstiprināts vai aizstāts).",
    "The proposal is no longer open (approved or replaced).",
  ],
  apiError_invalid_request: [
    "Pieprasījumā ir kļūda: pārbaudiet laukus.",
    "The request has an error: check the fields.",
  ],
  apiError_not_found: ["Nav atrasts.", "Not found."],
  apiError_unauthorized: [
    "Sesija beigusies: lūdzu, pierakstieties vēlreiz.",
    "The session has ended: please sign in again.",
  ],
  apiError_forbidden: ["Jums nav piekļuves.", "You have no access."],
  apiError_too_many_requests: [
    "Pārāk daudz pieprasījumu: mēģiniet vēlreiz pēc brīža.",
    "Too many requests: try again in a moment.",
  ],
  apiError_unknown: [
    "Neizdevās (servera atbilde {status}). Mēģiniet vēlreiz.",
    "That did not work (server answer {status}). Please try again.",
  ],
  apiError_network: [
    "Serveris nav sasniedzams. Pārbaudiet savienojumu un mēģiniet vēlreiz.",
    "The server cannot be reached. Check the connection and try again.",
  ],
} satisfies Record<string, Texts>;
