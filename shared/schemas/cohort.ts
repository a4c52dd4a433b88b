import { z } from "zod";
import { oneLine } from "./one-line.js";
import { formatSchema } from "./reference.js";

/**
 * A programme round (cohort): an intake, an information seminar, matching, a kick-off (the
 * first meetings), the relationships, and the planned end. The dates are the round's
 * timetable in time order; a coordinator creates and edits it in the console.
 */

const at = z.iso.datetime({ offset: true });
const title = oneLine().min(2).max(120);

const cohortFields = {
  name: z.strictObject({ lv: title, en: title }),
  intakeOpensAt: at,
  intakeClosesAt: at,
  seminar: z.strictObject({
    at,
    /** How long the seminar is, in minutes. */
    minutes: z.number().int().min(15).max(480),
    /** A room and address, or an online meeting's link. */
    place: oneLine().min(2).max(300),
  }),
  matchingBy: at,
  kickoffAt: at,
  endsAt: at,
  formats: z
    .array(formatSchema)
    .min(1)
    .max(5)
    .refine((values) => new Set(values).size === values.length, {
      message: "duplicate values",
      params: { reason: "duplicates" },
    }),
  targets: z.strictObject({
    mentees: z.number().int().min(0).max(1000),
    mentors: z.number().int().min(0).max(1000),
  }),
};

/** The timetable's order: each date, and the one it must come after. */
const ORDER: readonly { field: string; after: string; get: (c: CohortDates) => string }[] = [
  { field: "intakeClosesAt", after: "intakeOpensAt", get: (c) => c.intakeClosesAt },
  { field: "seminar.at", after: "intakeOpensAt", get: (c) => c.seminar.at },
  { field: "matchingBy", after: "intakeClosesAt", get: (c) => c.matchingBy },
  { field: "kickoffAt", after: "matchingBy", get: (c) => c.kickoffAt },
  { field: "endsAt", after: "kickoffAt", get: (c) => c.endsAt },
];
const AFTER_GETTERS: Record<string, (c: CohortDates) => string> = {
  intakeOpensAt: (c) => c.intakeOpensAt,
  intakeClosesAt: (c) => c.intakeClosesAt,
  matchingBy: (c) => c.matchingBy,
  kickoffAt: (c) => c.kickoffAt,
};

export type CohortDates = Pick<
  z.infer<z.ZodObject<typeof cohortFields>>,
  "intakeOpensAt" | "intakeClosesAt" | "seminar" | "matchingBy" | "kickoffAt" | "endsAt"
>;

/**
 * The timetable's problems, each on the field that is out of order: a close before the
 * open, matching before the close, a seminar after the kick-off, an end before the start.
 */
export function timetableIssues(dates: CohortDates): { path: string; reason: string }[] {
  const issues: { path: string; reason: string }[] = [];
  for (const rule of ORDER) {
    const after = AFTER_GETTERS[rule.after]?.(dates);
    if (after !== undefined && Date.parse(rule.get(dates)) <= Date.parse(after))
      issues.push({ path: rule.field, reason: `not_after_${rule.after}` });
  }
  if (Date.parse(dates.seminar.at) >= Date.parse(dates.kickoffAt))
    issues.push({ path: "seminar.at", reason: "not_before_kickoffAt" });
  return issues;
}

const withTimetable = <T extends CohortDates>(value: T, ctx: z.RefinementCtx) => {
  for (const issue of timetableIssues(value))
    ctx.addIssue({
      code: "custom",
      path: issue.path.split("."),
      message: issue.reason.replaceAll("_", " "),
      params: { reason: issue.reason },
    });
};

/** The body of `POST /api/console/cohorts`. */
export const cohortInputSchema = z.strictObject(cohortFields).superRefine(withTimetable);
export type CohortInput = z.infer<typeof cohortInputSchema>;

/**
 * The body of `PATCH /api/console/cohorts/{cohortId}`: any of the fields; the dates of a
 * stage that has started cannot move (the use case says which).
 */
export const cohortPatchSchema = z
  .strictObject({
    ...cohortFields,
    seminar: cohortFields.seminar.partial(),
    targets: cohortFields.targets.partial(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, {
    message: "nothing to change",
    params: { reason: "empty" },
  });
export type CohortPatch = z.infer<typeof cohortPatchSchema>;

/** Where a cohort stands: its workflow's stage, or cancelled. */
export const cohortStageSchema = z.enum([
  "planned",
  "intake",
  "seminar",
  "matching",
  "kickoff",
  "running",
  "closing",
  "report",
  "closed",
  "cancelled",
]);
export type CohortStage = z.infer<typeof cohortStageSchema>;

export const cohortSchema = z.object({
  cohortId: z.string(),
  ...cohortFields,
  stage: cohortStageSchema,
  createdAt: z.iso.datetime(),
  /** "coordinator:<id>". */
  createdBy: z.string(),
  updatedAt: z.iso.datetime(),
  /** Who changed it last: "coordinator:<id>". */
  updatedBy: z.string().optional(),
  /** Which execution of the cohort workflow runs it (1, +1 each time a date moves). */
  execution: z.number().int().min(1).optional(),
  /** Until when relationships may still close after the planned end (an extension moves it). */
  closingBy: z.iso.datetime().optional(),
  /** The participants the coordinator marked as at the information seminar (their ids). */
  seminarAttended: z.array(z.string()).optional(),
});
export type Cohort = z.infer<typeof cohortSchema>;

/** A list route's `?cohort=<cohortId>`: only that round's items (all of them when absent). */
export const cohortQuerySchema = z.object({ cohort: z.string().min(1).max(64).optional() });

/** Whether an item belongs to the cohort asked for (every item when none is asked for). */
export const inCohort =
  (cohortId: string | undefined) =>
  (item: { cohortId?: string }): boolean =>
    cohortId === undefined || item.cohortId === cohortId;

/** Whether the cohort's intake is open at `now`. */
export const intakeOpenAt = (cohort: Cohort, now: Date): boolean =>
  cohort.stage !== "cancelled" &&
  Date.parse(cohort.intakeOpensAt) <= now.getTime() &&
  now.getTime() < Date.parse(cohort.intakeClosesAt);
