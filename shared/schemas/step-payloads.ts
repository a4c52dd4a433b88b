import { z } from "zod";
import { cohortStageSchema } from "./cohort.js";
import { cohortEscalationReasonSchema } from "./cohort-escalation.js";
import { formKindSchema } from "./workflow.js";

/**
 * The payloads the relationship state machine sends its steps, declared once: each step
 * handler (functions/steps/) parses its event with its schema, and the machine
 * (workflows/relationship/) builds each payload from the same keys, so a field renamed on
 * one side is a compile error on the other. Every payload carries the state's name
 * (`state`); waiting steps also get the task token.
 */

/** Where "0.2 Resume: which phase?" sends an execution, from what the table holds. */
export const resumeAtSchema = z.enum([
  "consent",
  "planning",
  "learning",
  "closure",
  "closing",
  "certificates",
  "closed",
  "paused",
  "escalated",
]);
export type ResumeAt = z.infer<typeof resumeAtSchema>;

/**
 * What a cohort's quick steps do (shared/domain/cohorts/workflow/cohort-tasks.ts has one
 * function per action).
 */
export const cohortActionSchema = z.enum([
  "announce",
  "intakeNumbers",
  "checkIntake",
  "inviteSeminar",
  "remindSeminar",
  "sendMaterials",
  "checkMatching",
  "kickoff",
  "runningTick",
  "nudgeClosing",
  "checkStragglers",
  "alumni",
  "report",
  "cancel",
  "decisionTimedOut",
]);
export type CohortAction = z.infer<typeof cohortActionSchema>;

/** Where "0.2 Resume: which stage?" sends a cohort's execution, from what the table holds. */
export const cohortResumeAtSchema = cohortStageSchema.exclude(["planned"]);
export type CohortResumeAt = z.infer<typeof cohortResumeAtSchema>;

const relationshipId = z.string();
const cohortId = z.string();
const state = z.string();
const taskToken = z.string().min(1);
const session = z.number().int().min(1);
const turn = z.number().int();

/** A step that reads or changes one relationship and needs nothing else. */
const relationshipOnly = z.object({ relationshipId, state });

export const STEP_PAYLOADS = {
  LoadRelationship: relationshipOnly,
  RequestForm: z.object({
    taskToken,
    relationshipId,
    participantId: z.string(),
    kind: formKindSchema,
    stepKey: z.string(),
    mode: z.enum(["ask", "nudge"]),
    state,
  }),
  NextCandidate: z.object({ relationshipId, failure: z.string(), state }),
  SendWelcome: relationshipOnly,
  SendInvites: relationshipOnly,
  SendReminder: z.object({ relationshipId, session, state }),
  EvaluateCycle: z.object({ relationshipId, session, state }),
  OpenEscalation: z.object({
    taskToken,
    relationshipId,
    reason: z.string(),
    turn,
    mode: z.enum(["open", "remind"]),
    state,
  }),
  ApplyDecision: z.object({
    relationshipId,
    decision: z
      .object({
        decision: z.string(),
        pauseUntil: z.string().optional(),
        note: z.string().optional(),
      })
      .passthrough(),
    turn,
    state,
  }),
  CloseRelationship: relationshipOnly,
  HandOverCertificates: relationshipOnly,
  // The cohort workflow's steps (workflows/cohort/).
  LoadCohort: z.object({ cohortId, state }),
  CohortTask: z.object({
    cohortId,
    action: cohortActionSchema,
    reason: cohortEscalationReasonSchema.optional(),
    state,
  }),
  AwaitCohortDecision: z.object({
    taskToken,
    cohortId,
    reason: cohortEscalationReasonSchema,
    state,
  }),
} as const;

/** The construct id of a workflow step (one Lambda each). */
export type StepId = keyof typeof STEP_PAYLOADS;
export type StepPayload<Id extends StepId> = z.infer<(typeof STEP_PAYLOADS)[Id]>;
