import { z } from "zod";

/** One matching run as the console lists it: who ran it when, and what became of it. */
export const matchingRunSummarySchema = z.object({
  runId: z.string(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  /** The cohort whose pool the run matched. */
  cohortId: z.string().optional(),
  /** How many proposals the run made, and how many of them are approved or still open. */
  proposals: z.number().int(),
  approved: z.number().int(),
  pending: z.number().int(),
  /** Mentees of the pool the run placed in a proposal, and those it could not place. */
  placed: z.number().int(),
  unplaced: z.number().int(),
  menteesInPool: z.number().int(),
});
export type MatchingRunSummary = z.infer<typeof matchingRunSummarySchema>;
