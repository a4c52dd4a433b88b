import { z } from "zod";
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

const relationshipId = z.string();
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
} as const;

/** The construct id of a workflow step (one Lambda each). */
export type StepId = keyof typeof STEP_PAYLOADS;
export type StepPayload<Id extends StepId> = z.infer<(typeof STEP_PAYLOADS)[Id]>;
