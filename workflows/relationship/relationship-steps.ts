import type { StepId } from "../../shared/schemas/step-payloads.js";

/**
 * The Lambda behind each workflow step: construct id -> handler module. The CDK construct
 * makes one function per entry; the local runtime binds the same modules by the same ids.
 * The ids are the keys of the steps' payload schemas (shared/schemas/step-payloads.ts).
 */
export const STEP_HANDLERS = {
  LoadRelationship: "functions/steps/load-relationship.ts",
  RequestForm: "functions/steps/request-form.ts",
  NextCandidate: "functions/steps/next-candidate.ts",
  SendWelcome: "functions/steps/send-welcome.ts",
  SendInvites: "functions/steps/send-session-invites.ts",
  SendReminder: "functions/steps/send-session-reminder.ts",
  EvaluateCycle: "functions/steps/evaluate-cycle.ts",
  OpenEscalation: "functions/steps/open-escalation.ts",
  ApplyDecision: "functions/steps/apply-decision.ts",
  CloseRelationship: "functions/steps/close-relationship.ts",
  HandOverCertificates: "functions/steps/hand-over-certificates.ts",
  // The cohort workflow's steps (workflows/cohort/).
  LoadCohort: "functions/steps/load-cohort.ts",
  CohortTask: "functions/steps/run-cohort-task.ts",
  AwaitCohortDecision: "functions/steps/await-cohort-decision.ts",
} as const satisfies Record<StepId, string>;

export type { StepId };

/**
 * The name a step's passing failure gets (a dropped connection, throttling, a transaction
 * conflict): the state machine retries it with backoff, which is safe because every step is
 * idempotent. Anything else fails the task as it is.
 */
export const TRANSIENT_STEP_ERROR = "Step.Transient";
