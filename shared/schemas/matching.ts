import { z } from "zod";
import { localizedSchema } from "../i18n/localized.js";
import { formatSchema } from "./reference.js";

/** The criteria a mentor-mentee fit is made of, in the order explanations list them. */
export const criterionSchema = z.enum([
  "need_expertise",
  "need_keywords",
  "role_support",
  "format_fit",
  "language",
  "availability",
  "public_private",
]);
export type Criterion = z.infer<typeof criterionSchema>;

/**
 * Weights in points out of 100. Defaults and the reason for each are in
 * shared/domain/matching/score-pair.ts (DEFAULT_WEIGHTS); a run may override them.
 */
export const weightsSchema = z
  .strictObject(
    Object.fromEntries(
      criterionSchema.options.map((c) => [c, z.number().int().min(0).max(100)]),
    ) as Record<Criterion, z.ZodNumber>,
  )
  .refine((weights) => Object.values(weights).reduce((a, b) => a + b, 0) === 100, {
    message: "weights must add up to 100",
    params: { reason: "weights_sum" },
  });
export type Weights = Record<Criterion, number>;

export const criterionScoreSchema = z.object({
  criterion: criterionSchema,
  weight: z.number(),
  /** How well this criterion is met, 0 to 1. */
  value: z.number().min(0).max(1),
  /** Points this criterion adds to the score (weight x value, tenths of a point). */
  points: z.number().int(),
  detail: localizedSchema,
});
export type CriterionScore = z.infer<typeof criterionScoreSchema>;

/** A pair's fit: `points` (0 to 1000) is exactly the sum of the criteria's points. */
export const pairScoreSchema = z.object({
  points: z.number().int().min(0).max(1000),
  criteria: z.array(criterionScoreSchema),
});
export type PairScore = z.infer<typeof pairScoreSchema>;

/** Why a mentor cannot take a mentee (hard constraints). */
export const conflictCodeSchema = z.enum([
  "mentee_not_eligible",
  "mentor_not_eligible",
  "language_not_shared",
  "format_not_shared",
  "same_institution",
  "mentor_is_manager",
  "reverse_needs_leader",
  "reverse_needs_willing_mentor",
  "group_needs_capacity",
  "team_needs_capacity",
  "same_person",
  "declined_before",
]);
export type ConflictCode = z.infer<typeof conflictCodeSchema>;

export const unplacedReasonSchema = z.enum([
  "no_compatible_mentor",
  "no_good_fit",
  "mentors_full",
  "group_not_formed",
  "team_incomplete",
  "team_too_large",
  "lower_total_fit",
]);
export type UnplacedReason = z.infer<typeof unplacedReasonSchema>;

export const memberFitSchema = z.object({
  menteeId: z.string(),
  score: z.number(),
  explanation: pairScoreSchema,
});

export const alternativeSchema = z.object({
  mentorId: z.string(),
  /** Average fit (0 to 100) of the mentees of the proposal with this mentor. */
  score: z.number(),
  /** Capacity the mentor had left after this run's proposals. */
  remainingCapacity: z.number().int(),
});
export type Alternative = z.infer<typeof alternativeSchema>;

export const proposalStatusSchema = z.enum(["proposed", "approved"]);

export const mentorChangeSchema = z.object({
  fromMentorId: z.string(),
  toMentorId: z.string(),
  reason: z.string(),
  changedBy: z.string(),
  changedAt: z.iso.datetime(),
});

export const proposalSchema = z.object({
  proposalId: z.string(),
  runId: z.string(),
  format: formatSchema,
  mentorId: z.string(),
  menteeIds: z.array(z.string()).min(1),
  teamName: z.string().optional(),
  /** Average fit of the proposal's mentees, 0 to 100 with one decimal. */
  score: z.number(),
  /** The fit of each mentee with the mentor, criterion by criterion. */
  explanation: z.array(memberFitSchema),
  /** Next-best mentors for the same mentees, best first. */
  alternatives: z.array(alternativeSchema),
  status: proposalStatusSchema,
  changes: z.array(mentorChangeSchema),
  approvedAt: z.iso.datetime().optional(),
  approvedBy: z.string().optional(),
  relationshipId: z.string().optional(),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const unplacedSchema = z.object({
  menteeId: z.string(),
  reason: unplacedReasonSchema,
  message: localizedSchema,
});
export type Unplaced = z.infer<typeof unplacedSchema>;

export const qualitySchema = z.object({
  menteesInPool: z.number().int(),
  mentorsInPool: z.number().int(),
  placed: z.number().int(),
  unplaced: z.number().int(),
  /** Sum of every placed mentee's fit (0 to 100 each). */
  totalScore: z.number(),
  /** The same pool with groups and teams relaxed to single places: no solution beats it. */
  upperBound: z.number(),
  /** (upperBound - totalScore) / upperBound, 0 when the run is provably optimal. */
  gapToUpperBound: z.number(),
  weakestPair: z
    .object({ menteeId: z.string(), mentorId: z.string(), score: z.number() })
    .optional(),
  /** Share of the pool's mentees whose mentor is one of their three best-fitting mentors. */
  shareWithTop3Mentor: z.number(),
  proposalsByFormat: z.record(z.string(), z.number().int()),
  durationMs: z.number(),
});
export type Quality = z.infer<typeof qualitySchema>;

export const matchingRunSchema = z.object({
  runId: z.string(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  /** The cohort whose pool the run matched; the whole pool when absent. */
  cohortId: z.string().optional(),
  weights: z.record(criterionSchema, z.number()),
  quality: qualitySchema,
});
export type MatchingRun = z.infer<typeof matchingRunSchema>;
