/**
 * The relationship workflow's states, named as the programme says them and numbered by
 * stage (DOMAIN.md, "The five stages"). The console, the tests and the step handlers use
 * these constants; the synthesized ASL carries the same names.
 */
export const STATES = {
  load: "0.1 Resume: read the relationship",
  route: "0.2 Resume: which phase?",

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
  invites: "2.3 Planning: send the meeting dates and calendar invites",

  waitReminder: "3.1 Cycle: wait until the reminder",
  remind: "3.2 Cycle: send the session reminder",
  waitSessionEnd: "3.3 Cycle: wait until the session has ended",
  askReflections: "3.4 Cycle: ask for reflections",
  waitReflection: "3.5 Cycle: wait for the reflection",
  nudgeReflection: "3.6 Cycle: remind and wait for the reflection",
  reflectionMissing: "3.7 Cycle: reflection missing",
  checkpointDue: "3.8 Cycle: progress checkpoint due?",
  askProgress: "3.9 Cycle: ask for progress",
  waitProgress: "3.10 Cycle: wait for the progress checkpoint",
  progressMissing: "3.11 Cycle: progress checkpoint missing",
  evaluate: "3.12 Cycle: check the relationship's health",
  afterEvaluation: "3.13 Cycle: continue or escalate?",

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

export type StateName = (typeof STATES)[keyof typeof STATES];

/** Each phase, with the state it starts at: the console groups states by these. */
export const PHASE_OF_STATE = (state: string): string => {
  const stage = state.split(" ")[0]?.split(".")[0];
  return (
    {
      "0": "resume",
      "1": "consent",
      "2": "planning",
      "3": "learning",
      "4": "closure",
      E: "escalation",
    }[stage ?? ""] ?? "unknown"
  );
};

/** Waiting times of the programme (DOMAIN.md), in days: one copy in shared/. */
export { WAITS } from "../../shared/domain/workflow/waiting-times.js";

/**
 * Every loop of the machine passes through "0.1 Resume", which counts turns; a relationship
 * never takes more than this many (12 sessions need about 40).
 */
export const MAX_TURNS = 200;
