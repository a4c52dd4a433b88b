/**
 * Texts of the programme figures, the participants' data actions (GDPR export and erasure)
 * and the link requests, in Latvian and English; part of MESSAGES (i18n.ts).
 */
export const DATA_MESSAGES = {
  navFigures: { lv: "Programmas rādītāji", en: "Programme figures" },
  navLinkRequests: { lv: "Jaunas saites lūgumi", en: "Link requests" },

  // Programme figures
  figuresTitle: { lv: "Programmas rādītāji", en: "Programme figures" },
  figuresIntro: {
    lv: "Tikai anonīmi skaitļi. Rādītājs, aiz kura ir mazāk par 3 cilvēkiem, ir paslēpts; arī CSV failā tas ir tukšs.",
    en: "Anonymous figures only. A figure with fewer than 3 people behind it is hidden; in the CSV file it is empty too.",
  },
  figuresGeneratedAt: { lv: "Aprēķināts", en: "Computed" },
  hiddenFigure: { lv: "paslēpts (mazāk par 3)", en: "hidden (fewer than 3)" },
  noData: { lv: "nav datu", en: "no data" },
  noFigureRows: { lv: "Datu vēl nav.", en: "No data yet." },
  downloadCsv: { lv: "Lejupielādēt CSV", en: "Download CSV" },
  downloadCsvOf: { lv: "Lejupielādēt CSV: {table}", en: "Download CSV: {table}" },
  downloaded: { lv: "Lejupielādēts: {name}", en: "Downloaded: {name}" },
  category: { lv: "Kategorija", en: "Category" },
  institutionType: { lv: "Iestādes veids", en: "Institution type" },
  roleCategory: { lv: "Lomu kategorija", en: "Role category" },
  month: { lv: "Mēnesis", en: "Month" },
  fig_relationships: { lv: "Attiecības", en: "Relationships" },
  fig_people: { lv: "Cilvēki", en: "People" },
  fig_completed: { lv: "Pabeigušas", en: "Completed" },
  fig_completionRate: { lv: "Pabeigušo īpatsvars", en: "Completion rate" },
  fig_applied: { lv: "Pieteikušies", en: "Applied" },
  fig_eligible: { lv: "Atbilst", en: "Eligible" },
  fig_placed: { lv: "Savietoti", en: "Placed" },
  fig_reflections: { lv: "Pārdomas", en: "Reflections" },
  fig_valueAverage: { lv: "Vērtība (vidēji)", en: "Value (average)" },
  fig_ideasAverage: { lv: "Idejas (vidēji)", en: "Ideas (average)" },
  fig_safetyAverage: { lv: "Drošības sajūta (vidēji)", en: "Felt safe (average)" },
  fig_escalations: { lv: "Eskalācijas", en: "Escalations" },
  ratingsOverTime: { lv: "Vidējie vērtējumi laika gaitā", en: "Average ratings over time" },
  ratingsOverTimeDescription: {
    lv: "Mēneša vidējie vērtējumi (1–10); paslēptie mēneši nav attēloti.",
    en: "Monthly average ratings (1–10); hidden months are not drawn.",
  },
  noRatingMonths: {
    lv: "Vēl nav mēneša, kurā pārdomas būtu rakstījuši vismaz 3 cilvēki.",
    en: "No month yet in which at least 3 people wrote reflections.",
  },

  // Participants: GDPR export and erasure
  dataActions: { lv: "Dati", en: "Data" },
  dataActionsFor: { lv: "Dati: {name}", en: "Data: {name}" },
  exportData: { lv: "Eksportēt datus (JSON)", en: "Export data (JSON)" },
  exported: { lv: "Dati eksportēti: {name}", en: "Data exported: {name}" },
  eraseData: { lv: "Dzēst personas datus", en: "Erase personal data" },
  eraseTitle: { lv: "Dzēst personas datus: {name}", en: "Erase personal data: {name}" },
  eraseIntro: {
    lv: "Vārds, e-pasts, pieteikums, veidlapu atbildes un pārdomu teksti tiks neatgriezeniski dzēsti. Attiecību vēsturē paliks tikai anonīmi skaitļi, un sertifikāts tiks atsaukts.",
    en: "The name, e-mail, application, form answers and reflection texts are removed for good. The relationship history keeps anonymous figures only, and the certificate is revoked.",
  },
  eraseConfirmLabel: {
    lv: "Dalībnieka e-pasta adrese (apstiprinājumam)",
    en: "The participant's e-mail address (to confirm)",
  },
  eraseConfirmHint: {
    lv: "Ierakstiet adresi vēlreiz, lai apstiprinātu dzēšanu.",
    en: "Type the address again to confirm the erasure.",
  },
  eraseConfirmRequired: { lv: "Ierakstiet e-pasta adresi.", en: "Type the e-mail address." },
  eraseMismatch: {
    lv: "Šī nav dalībnieka e-pasta adrese: nekas netika dzēsts.",
    en: "This is not the participant's e-mail address: nothing was erased.",
  },
  eraseNotClosed: {
    lv: "Dalībnieks ir attiecībās, kas vēl nav noslēgtas: vispirms tās noslēdziet. Nekas netika dzēsts.",
    en: "The participant is in a relationship that is not closed: close it first. Nothing was erased.",
  },
  eraseButton: { lv: "Dzēst neatgriezeniski", en: "Erase for good" },
  erased: {
    lv: "{name}: personas dati dzēsti; vēsturē tagad {pseudonym}.",
    en: "{name}: personal data erased; the history now names {pseudonym}.",
  },
  apiSays: { lv: "API atbilde", en: "The API says" },

  // Link requests
  linkRequestsTitle: { lv: "Lūgumi pēc jaunas saites", en: "Requests for a new link" },
  linkRequestsIntro: {
    lv: "Cilvēki, kuru veidlapas saite nedarbojās. Nosūtiet veidlapu vēlreiz: derīga saite tiek nosūtīta atkārtoti, beigušās saites veidlapa saņem jaunu termiņu un jaunu saiti.",
    en: "People whose form link did not work. Resend the form: a valid link is sent again, a form whose link expired gets a new deadline and a new link.",
  },
  showHandled: { lv: "Rādīt apstrādātos", en: "Show handled ones" },
  noLinkRequests: { lv: "Atvērtu lūgumu nav.", en: "No open requests." },
  noHandledRequests: { lv: "Apstrādātu lūgumu nav.", en: "No handled requests." },
  whoAsks: { lv: "Kas lūdz", en: "Who asks" },
  unknownPerson: { lv: "Nav zināms", en: "Not known" },
  formKind: { lv: "Veidlapa", en: "Form" },
  problem: { lv: "Problēma", en: "Problem" },
  requestedAt: { lv: "Lūgts", en: "Requested" },
  resendForm: { lv: "Nosūtīt veidlapu vēlreiz", en: "Resend the form" },
  resendFormFor: {
    lv: "Nosūtīt veidlapu vēlreiz: {who}",
    en: "Resend the form: {who}",
  },
  resent: { lv: "Veidlapa nosūtīta vēlreiz.", en: "The form was sent again." },
  resentExtended: {
    lv: "Veidlapa nosūtīta ar jaunu saiti, derīga līdz {date}.",
    en: "The form was sent with a new link, valid until {date}.",
  },
  noFormKnown: {
    lv: "Saite netika atpazīta: atbildiet uz e-pastu",
    en: "The link was not recognised: answer by e-mail",
  },
  problem_unknown: { lv: "Saite netika atpazīta", en: "Link not recognised" },
  problem_expired: { lv: "Saites termiņš beidzies", en: "Link expired" },
  problem_answered: { lv: "Jau atbildēta", en: "Already answered" },
  problem_closed: { lv: "Veidlapa slēgta", en: "Form closed" },
  requestStatus_open: { lv: "Atvērts", en: "Open" },
  requestStatus_handled: { lv: "Apstrādāts", en: "Handled" },
  resendError_form_answered: {
    lv: "Šī veidlapa jau ir aizpildīta: nav ko nosūtīt vēlreiz.",
    en: "This form is already answered: there is nothing to resend.",
  },
  resendError_form_closed: {
    lv: "Veidlapa ir slēgta: darbplūsmai tā vairs nav vajadzīga.",
    en: "The form is closed: the workflow no longer needs it.",
  },
  resendError_relationship_closed: {
    lv: "Attiecības ir noslēgtas: veidlapu vairs nevar nosūtīt.",
    en: "The relationship is closed: the form can no longer be sent.",
  },
  resendError_form_not_awaited: {
    lv: "Darbplūsma šo veidlapu vairs negaida: tās termiņu nevar pagarināt.",
    en: "The workflow no longer waits for this form: its deadline cannot be extended.",
  },
  resendError_form_not_open: {
    lv: "Veidlapa tikmēr tika aizpildīta vai slēgta.",
    en: "The form was answered or closed meanwhile.",
  },
  resendError_not_found: { lv: "Veidlapa nav atrasta.", en: "The form was not found." },
} satisfies Record<string, { lv: string; en: string }>;
