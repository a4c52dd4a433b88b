/**
 * The cohort workflow's states, named as the programme says them and numbered by stage
 * (DOMAIN.md: intake, information seminar, matching, kick-off, running, closing, report and
 * alumni), in English (the state machine's names) and in Latvian (what the console shows).
 * No imports: the console bundles this file as it is.
 */
export const COHORT_STATES = {
  load: "0.1 Resume: read the cohort",
  route: "0.2 Resume: which stage?",

  waitOpen: "1.1 Intake: wait until the intake opens",
  announce: "1.2 Intake: announce it to the waiting list and the mentor community",
  waitHalfway: "1.3 Intake: wait until halfway",
  intakeNumbers: "1.4 Intake: send the coordinator the numbers",
  waitClose: "1.5 Intake: wait until the intake closes",
  checkIntake: "1.6 Intake: count the applications against the targets",
  shortfall: "1.7 Intake: short of the targets?",
  askShortfall: "1.8 Intake: wait for the coordinator's decision",
  noShortfallDecision: "1.9 Intake: no decision, go on",
  afterShortfall: "1.10 Intake: extend, go on or cancel?",

  invite: "2.1 Seminar: invite every eligible applicant",
  waitSeminarReminder: "2.2 Seminar: wait until two days before",
  remindSeminar: "2.3 Seminar: send the reminder",
  waitAttendance: "2.4 Seminar: wait while the coordinator marks attendance",
  materials: "2.5 Seminar: send the materials to those who did not attend",

  waitMatching: "3.1 Matching: wait until the matching deadline",
  checkMatching: "3.2 Matching: count who is placed",
  matchingDone: "3.3 Matching: done?",
  askMatching: "3.4 Matching: wait for the coordinator's decision",
  noMatchingDecision: "3.5 Matching: no decision, go on",
  afterMatching: "3.6 Matching: extend, go on or cancel?",

  kickoff: "4.1 Kick-off: send the first-meeting and the not-this-round e-mails",
  waitKickoff: "4.2 Kick-off: wait until the first meeting",

  waitRunning: "5.1 Running: wait until the next digest",
  runningTick: "5.2 Running: send the digest and the halfway survey",
  runningEnded: "5.3 Running: planned end reached?",

  nudge: "6.1 Closing: nudge the relationships still running",
  waitStragglers: "6.2 Closing: wait two weeks",
  checkStragglers: "6.3 Closing: list the relationships not closed",
  stragglers: "6.4 Closing: any not closed?",
  askStragglers: "6.5 Closing: wait for the coordinator's decision",
  noStragglersDecision: "6.6 Closing: no decision, go on",
  afterStragglers: "6.7 Closing: wait longer or go on?",

  alumni: "7.1 Report: send the end survey and the community questions",
  waitAnswers: "7.2 Report: wait for the answers",
  report: "7.3 Report: e-mail the funder's report",
  closed: "7.4 Closed",

  cancel: "C.1 Cancelled: tell the applicants",
  cancelled: "C.2 Cancelled",
} as const;

export type CohortStateKey = keyof typeof COHORT_STATES;

export const COHORT_STATE_NAMES_LV: Record<CohortStateKey, string> = {
  load: "Atsākšana: nolasīt grupas stāvokli",
  route: "Atsākšana: kurā posmā?",

  waitOpen: "Pieteikšanās: gaidīt, līdz pieteikšanās sākas",
  announce: "Pieteikšanās: paziņot gaidītāju sarakstam un mentoru kopienai",
  waitHalfway: "Pieteikšanās: gaidīt līdz pusei",
  intakeNumbers: "Pieteikšanās: nosūtīt koordinatoram skaitļus",
  waitClose: "Pieteikšanās: gaidīt, līdz pieteikšanās beidzas",
  checkIntake: "Pieteikšanās: salīdzināt pieteikumus ar mērķiem",
  shortfall: "Pieteikšanās: mērķi nav sasniegti?",
  askShortfall: "Pieteikšanās: gaidīt koordinatora lēmumu",
  noShortfallDecision: "Pieteikšanās: lēmuma nav, turpināt",
  afterShortfall: "Pieteikšanās: pagarināt, turpināt vai atcelt?",

  invite: "Seminārs: uzaicināt katru atbilstošo pieteicēju",
  waitSeminarReminder: "Seminārs: gaidīt līdz divām dienām pirms",
  remindSeminar: "Seminārs: nosūtīt atgādinājumu",
  waitAttendance: "Seminārs: gaidīt, kamēr koordinators atzīmē apmeklējumu",
  materials: "Seminārs: nosūtīt materiālus tiem, kas nepiedalījās",

  waitMatching: "Savietošana: gaidīt līdz savietošanas termiņam",
  checkMatching: "Savietošana: saskaitīt, kam atrasts pāris",
  matchingDone: "Savietošana: pabeigta?",
  askMatching: "Savietošana: gaidīt koordinatora lēmumu",
  noMatchingDecision: "Savietošana: lēmuma nav, turpināt",
  afterMatching: "Savietošana: pagarināt, turpināt vai atcelt?",

  kickoff: "Atklāšana: nosūtīt pirmās tikšanās un „ne šajā kārtā” e-pastus",
  waitKickoff: "Atklāšana: gaidīt līdz pirmajai tikšanās reizei",

  waitRunning: "Norise: gaidīt līdz nākamajam pārskatam",
  runningTick: "Norise: nosūtīt pārskatu un starpposma aptauju",
  runningEnded: "Norise: plānotās beigas pienākušas?",

  nudge: "Noslēgums: atgādināt attiecībām, kas vēl turpinās",
  waitStragglers: "Noslēgums: gaidīt divas nedēļas",
  checkStragglers: "Noslēgums: atrast nenoslēgtās attiecības",
  stragglers: "Noslēgums: ir nenoslēgtas?",
  askStragglers: "Noslēgums: gaidīt koordinatora lēmumu",
  noStragglersDecision: "Noslēgums: lēmuma nav, turpināt",
  afterStragglers: "Noslēgums: gaidīt ilgāk vai turpināt?",

  alumni: "Pārskats: nosūtīt noslēguma aptauju un kopienas jautājumus",
  waitAnswers: "Pārskats: gaidīt atbildes",
  report: "Pārskats: nosūtīt finansētāja pārskatu",
  closed: "Noslēgta",

  cancel: "Atcelta: paziņot pieteicējiem",
  cancelled: "Atcelta",
};

/** A state's Latvian name by its English one, if it has one. */
export const COHORT_LATVIAN_STATE_NAME: ReadonlyMap<string, string> = new Map(
  (Object.keys(COHORT_STATES) as CohortStateKey[]).map((key) => [
    COHORT_STATES[key],
    COHORT_STATE_NAMES_LV[key],
  ]),
);
