/**
 * Texts of the programme figures, the participants' data actions (GDPR export and erasure)
 * and the link requests, in Latvian and English; part of MESSAGES (i18n.ts).
 */
import type { Texts } from "./i18n";

export const DATA_MESSAGES = {
  navFigures: ["Programmas rādītāji", "Programme figures"],
  navLinkRequests: ["Jaunas saites lūgumi", "Link requests"],

  // Programme figures
  figuresTitle: ["Programmas rādītāji", "Programme figures"],
  figuresIntro: [
    "Tikai anonīmi skaitļi. Rādītājs, aiz kura ir mazāk par 3 cilvēkiem, ir paslēpts; arī CSV failā tas ir tukšs. Lai to nevarētu aprēķināt no kopsummām, paslēpti ir arī daži citi rādītāji (bieži nulles).",
    "Anonymous figures only. A figure with fewer than 3 people behind it is hidden; in the CSV file it is empty too. So that it cannot be worked out from totals, a few other figures (often zeros) are hidden as well.",
  ],
  figuresGeneratedAt: ["Aprēķināts", "Computed"],
  hiddenFigure: ["paslēpts (mazāk par 3)", "hidden (fewer than 3)"],
  noData: ["nav datu", "no data"],
  noFigureRows: ["Datu vēl nav.", "No data yet."],
  downloadCsv: ["Lejupielādēt CSV", "Download CSV"],
  downloadCsvOf: ["Lejupielādēt CSV: {table}", "Download CSV: {table}"],
  downloaded: ["Lejupielādēts: {name}", "Downloaded: {name}"],
  category: ["Kategorija", "Category"],
  institutionType: ["Iestādes veids", "Institution type"],
  roleCategory: ["Lomu kategorija", "Role category"],
  month: ["Mēnesis", "Month"],
  fig_relationships: ["Attiecības", "Relationships"],
  fig_people: ["Cilvēki", "People"],
  fig_completed: ["Pabeigušas", "Completed"],
  fig_completionRate: ["Pabeigušo īpatsvars", "Completion rate"],
  fig_applied: ["Pieteikušies", "Applied"],
  fig_eligible: ["Atbilst", "Eligible"],
  fig_placed: ["Savietoti", "Placed"],
  fig_reflections: ["Pārdomas", "Reflections"],
  fig_valueAverage: ["Vērtība (vidēji)", "Value (average)"],
  fig_ideasAverage: ["Idejas (vidēji)", "Ideas (average)"],
  fig_safetyAverage: ["Drošības sajūta (vidēji)", "Felt safe (average)"],
  fig_escalations: ["Eskalācijas", "Escalations"],
  ratingsOverTime: ["Vidējie vērtējumi laika gaitā", "Average ratings over time"],
  ratingsOverTimeDescription: [
    "Mēneša vidējie vērtējumi (1–10); paslēptie mēneši nav attēloti.",
    "Monthly average ratings (1–10); hidden months are not drawn.",
  ],
  noRatingMonths: [
    "Vēl nav mēneša, kurā pārdomas būtu rakstījuši vismaz 3 cilvēki.",
    "No month yet in which at least 3 people wrote reflections.",
  ],

  // Participants: GDPR export and erasure
  dataActions: ["Dati", "Data"],
  dataActionsFor: ["Dati: {name}", "Data: {name}"],
  exportData: ["Eksportēt datus (JSON)", "Export data (JSON)"],
  exported: ["Dati eksportēti: {name}", "Data exported: {name}"],
  eraseData: ["Dzēst personas datus", "Erase personal data"],
  eraseTitle: ["Dzēst personas datus: {name}", "Erase personal data: {name}"],
  eraseIntro: [
    "Vārds, e-pasts, pieteikums, veidlapu atbildes un pārdomu teksti tiks neatgriezeniski dzēsti. Attiecību vēsturē paliks tikai anonīmi skaitļi, un sertifikāts tiks atsaukts.",
    "The name, e-mail, application, form answers and reflection texts are removed for good. The relationship history keeps anonymous figures only, and the certificate is revoked.",
  ],
  eraseConfirmLabel: [
    "Dalībnieka e-pasta adrese (apstiprinājumam)",
    "The participant's e-mail address (to confirm)",
  ],
  eraseConfirmHint: [
    "Ierakstiet adresi vēlreiz, lai apstiprinātu dzēšanu.",
    "Type the address again to confirm the erasure.",
  ],
  eraseConfirmRequired: ["Ierakstiet e-pasta adresi.", "Type the e-mail address."],
  eraseMismatch: [
    "Šī nav dalībnieka e-pasta adrese: nekas netika dzēsts.",
    "This is not the participant's e-mail address: nothing was erased.",
  ],
  eraseNotClosed: [
    "Dalībnieks ir attiecībās, kas vēl nav noslēgtas: vispirms tās noslēdziet. Nekas netika dzēsts.",
    "The participant is in a relationship that is not closed: close it first. Nothing was erased.",
  ],
  eraseButton: ["Dzēst neatgriezeniski", "Erase for good"],
  erased: [
    "{name}: personas dati dzēsti; vēsturē tagad {pseudonym}.",
    "{name}: personal data erased; the history now names {pseudonym}.",
  ],

  // Link requests
  linkRequestsTitle: ["Lūgumi pēc jaunas saites", "Requests for a new link"],
  linkRequestsIntro: [
    "Cilvēki, kuru veidlapas saite nedarbojās. Nosūtiet veidlapu vēlreiz: derīga saite tiek nosūtīta atkārtoti, beigušās saites veidlapa saņem jaunu termiņu un jaunu saiti.",
    "People whose form link did not work. Resend the form: a valid link is sent again, a form whose link expired gets a new deadline and a new link.",
  ],
  showHandled: ["Rādīt apstrādātos", "Show handled ones"],
  noLinkRequests: ["Atvērtu lūgumu nav.", "No open requests."],
  noHandledRequests: ["Apstrādātu lūgumu nav.", "No handled requests."],
  whoAsks: ["Kas lūdz", "Who asks"],
  unknownPerson: ["Nav zināms", "Not known"],
  formKind: ["Veidlapa", "Form"],
  problem: ["Problēma", "Problem"],
  requestedAt: ["Lūgts", "Requested"],
  resendForm: ["Nosūtīt veidlapu vēlreiz", "Resend the form"],
  resendFormFor: ["Nosūtīt veidlapu vēlreiz: {who}", "Resend the form: {who}"],
  resent: ["Veidlapa nosūtīta vēlreiz.", "The form was sent again."],
  resentExtended: [
    "Veidlapa nosūtīta ar jaunu saiti, derīga līdz {date}.",
    "The form was sent with a new link, valid until {date}.",
  ],
  noFormKnown: [
    "Saite netika atpazīta: atbildiet uz e-pastu",
    "The link was not recognised: answer by e-mail",
  ],
  problem_unknown: ["Saite netika atpazīta", "Link not recognised"],
  problem_expired: ["Saites termiņš beidzies", "Link expired"],
  problem_answered: ["Jau atbildēta", "Already answered"],
  problem_closed: ["Veidlapa slēgta", "Form closed"],
  requestStatus_open: ["Atvērts", "Open"],
  requestStatus_handled: ["Apstrādāts", "Handled"],
  resendError_form_answered: [
    "Šī veidlapa jau ir aizpildīta: nav ko nosūtīt vēlreiz.",
    "This form is already answered: there is nothing to resend.",
  ],
  resendError_form_closed: [
    "Veidlapa ir slēgta: darbplūsmai tā vairs nav vajadzīga.",
    "The form is closed: the workflow no longer needs it.",
  ],
  resendError_relationship_closed: [
    "Attiecības ir noslēgtas: veidlapu vairs nevar nosūtīt.",
    "The relationship is closed: the form can no longer be sent.",
  ],
  resendError_form_not_awaited: [
    "Darbplūsma šo veidlapu vairs negaida: tās termiņu nevar pagarināt.",
    "The workflow no longer waits for this form: its deadline cannot be extended.",
  ],
  resendError_form_not_open: [
    "Veidlapa tikmēr tika aizpildīta vai slēgta.",
    "The form was answered or closed meanwhile.",
  ],
  resendError_not_found: ["Veidlapa nav atrasta.", "The form was not found."],
} satisfies Record<string, Texts>;
