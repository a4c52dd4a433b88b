/**
 * The relationship workflow's states, named as the programme says them and numbered by
 * stage (DOMAIN.md, "The five stages"), in English (the state machine's own names) and in
 * Latvian (what the console shows), side by side so the two cannot drift. The machine, the
 * tests, the step handlers and the console use these constants; the synthesized ASL carries
 * the English names. No imports: the console bundles this file as it is.
 */
export const STATES = {
  load: "0.1 Resume: read the relationship",
  route: "0.2 Resume: which phase?",
  reopenEscalation: "0.3 Resume: back to the open escalation",

  askConsent: "1.1 Consent: ask every participant",
  waitConsent: "1.2 Consent: wait for the answer",
  nudgeConsent: "1.3 Consent: remind and wait",
  noConsent: "1.4 Consent: no answer",
  consentGiven: "1.5 Consent: accepted?",
  accepted: "1.6 Consent: accepted",
  declined: "1.7 Consent: declined",
  nextCandidate: "1.8 Consent: find the next candidate",
  candidateFound: "1.9 Consent: candidate found?",

  welcome: "2.1 Planning: send the welcome and first-meeting guide",
  waitPlan: "2.2 Planning: wait for the plan",
  nudgePlan: "2.3 Planning: remind and wait for the plan",

  // Every learning cycle starts here (a new plan, a replan, an extension, a restart).
  invites: "3.1 Cycle: send the meeting dates and calendar invites",
  waitReminder: "3.2 Cycle: wait until the reminder",
  remind: "3.3 Cycle: send the session reminder",
  waitSessionEnd: "3.4 Cycle: wait until the session has ended",
  askReflections: "3.5 Cycle: ask for reflections",
  waitReflection: "3.6 Cycle: wait for the reflection",
  nudgeReflection: "3.7 Cycle: remind and wait for the reflection",
  reflectionMissing: "3.8 Cycle: reflection missing",
  checkpointDue: "3.9 Cycle: progress checkpoint due?",
  askProgress: "3.10 Cycle: ask for progress",
  waitProgress: "3.11 Cycle: wait for the progress checkpoint",
  progressMissing: "3.12 Cycle: progress checkpoint missing",
  evaluate: "3.13 Cycle: check the relationship's health",
  afterEvaluation: "3.14 Cycle: continue or escalate?",

  askClosure: "4.1 Closure: ask everyone to close",
  waitClosure: "4.2 Closure: wait for the closing answers",
  closureMissing: "4.3 Closure: closing answer missing",
  close: "4.4 Closure: close the relationship",
  certificates: "4.5 Closure: hand over to the certificates",
  closed: "4.6 Closed",

  noPlan: "E.0 Escalation: no plan in time",
  escalate: "E.1 Escalation: wait for the coordinator's decision",
  remindCoordinator: "E.2 Escalation: remind the coordinator and wait",
  noDecision: "E.3 Escalation: no decision, continue",
  applyDecision: "E.4 Escalation: apply the decision",
  afterDecision: "E.5 Escalation: which way now?",
  pause: "E.6 Pause: wait until the pause ends",
  tooManyTurns: "E.7 Stopped: too many turns",
} as const;

export type StateKey = keyof typeof STATES;
export type StateName = (typeof STATES)[StateKey];

/** The same states in Latvian, without their number (it is the English name's). */
export const STATE_NAMES_LV: Record<StateKey, string> = {
  load: "Atsākšana: nolasīt attiecību stāvokli",
  route: "Atsākšana: kurā posmā?",
  reopenEscalation: "Atsākšana: atpakaļ pie atvērtās eskalācijas",

  askConsent: "Piekrišana: jautāt katram dalībniekam",
  waitConsent: "Piekrišana: gaidīt atbildi",
  nudgeConsent: "Piekrišana: atgādināt un gaidīt",
  noConsent: "Piekrišana: atbildes nav",
  consentGiven: "Piekrišana: piekrita?",
  accepted: "Piekrišana: piekrita",
  declined: "Piekrišana: atteicās",
  nextCandidate: "Piekrišana: meklēt nākamo kandidātu",
  candidateFound: "Piekrišana: kandidāts atrasts?",

  welcome: "Plānošana: nosūtīt sveicienu un pirmās tikšanās ceļvedi",
  waitPlan: "Plānošana: gaidīt plānu",
  nudgePlan: "Plānošana: atgādināt un gaidīt plānu",

  invites: "Cikls: nosūtīt tikšanās datumus un kalendāra ielūgumus",
  waitReminder: "Cikls: gaidīt līdz atgādinājumam",
  remind: "Cikls: nosūtīt atgādinājumu par tikšanos",
  waitSessionEnd: "Cikls: gaidīt, līdz tikšanās beigusies",
  askReflections: "Cikls: lūgt pārdomas",
  waitReflection: "Cikls: gaidīt pārdomas",
  nudgeReflection: "Cikls: atgādināt un gaidīt pārdomas",
  reflectionMissing: "Cikls: pārdomu nav",
  checkpointDue: "Cikls: vai laiks progresa atzīmei?",
  askProgress: "Cikls: lūgt progresa atzīmi",
  waitProgress: "Cikls: gaidīt progresa atzīmi",
  progressMissing: "Cikls: progresa atzīmes nav",
  evaluate: "Cikls: pārbaudīt attiecību veselību",
  afterEvaluation: "Cikls: turpināt vai eskalēt?",

  askClosure: "Noslēgums: lūgt visiem noslēguma atbildes",
  waitClosure: "Noslēgums: gaidīt noslēguma atbildes",
  closureMissing: "Noslēgums: noslēguma atbildes nav",
  close: "Noslēgums: noslēgt attiecības",
  certificates: "Noslēgums: nodot sertifikātu izsniegšanai",
  closed: "Noslēgts",

  noPlan: "Eskalācija: plāns nav iesniegts laikā",
  escalate: "Eskalācija: gaidīt koordinatora lēmumu",
  remindCoordinator: "Eskalācija: atgādināt koordinatoram un gaidīt",
  noDecision: "Eskalācija: lēmuma nav, turpināt",
  applyDecision: "Eskalācija: izpildīt lēmumu",
  afterDecision: "Eskalācija: kurp tālāk?",
  pause: "Pauze: gaidīt pauzes beigas",
  tooManyTurns: "Apturēts: pārāk daudz apgriezienu",
};

/** A state's Latvian name by its English one (as the execution reports it), if it has one. */
export const LATVIAN_STATE_NAME: ReadonlyMap<string, string> = new Map(
  (Object.keys(STATES) as StateKey[]).map((key) => [STATES[key], STATE_NAMES_LV[key]]),
);
