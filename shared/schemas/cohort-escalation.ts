import { z } from "zod";
import { oneLine } from "./one-line.js";

/**
 * A question the cohort's workflow puts to the coordinator: the intake fell short of the
 * targets, matching was not done by its deadline, relationships were still open two weeks
 * after the planned end. The workflow waits for the decision (with a timeout that goes on).
 */
export const cohortEscalationReasonSchema = z.enum([
  "intake_shortfall",
  "matching_late",
  "stragglers",
]);
export type CohortEscalationReason = z.infer<typeof cohortEscalationReasonSchema>;

/** Extend the stage to a new date, go on as things are, or cancel the round. */
export const cohortDecisionSchema = z.enum(["extend", "go_on", "cancel"]);
export type CohortDecision = z.infer<typeof cohortDecisionSchema>;

export const cohortEscalationSchema = z.object({
  escalationId: z.string(),
  cohortId: z.string(),
  reason: cohortEscalationReasonSchema,
  /** The figures behind it (counts and ids only, never free text). */
  detail: z.record(z.string(), z.unknown()),
  status: z.enum(["open", "decided", "timed_out"]),
  openedAt: z.iso.datetime(),
  decision: cohortDecisionSchema.optional(),
  /** The new date of an extension. */
  until: z.iso.datetime().optional(),
  note: z.string().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.iso.datetime().optional(),
});
export type CohortEscalation = z.infer<typeof cohortEscalationSchema>;

/** The body of `POST /api/console/cohorts/{cohortId}/decision`. */
export const cohortDecisionInputSchema = z.strictObject({
  escalationId: z.string().min(1).max(80),
  decision: cohortDecisionSchema,
  until: z.iso.datetime({ offset: true }).optional(),
  note: oneLine().max(500).optional(),
});
export type CohortDecisionInput = z.infer<typeof cohortDecisionInputSchema>;
