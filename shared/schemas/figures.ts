import { z } from "zod";
import { cohortQuerySchema } from "./cohort.js";

/** The smallest group of people a published figure may stand for (issue 6: "fewer than 3"). */
export const MINIMUM_GROUP = 3;

/**
 * One figure. `hidden` means fewer than MINIMUM_GROUP people stand behind it (or it would
 * give such a figure away), so `value` is null. A true zero names nobody and is shown.
 */
export const figureCellSchema = z.object({
  value: z.number().nullable(),
  hidden: z.boolean(),
});
export type FigureCell = z.infer<typeof figureCellSchema>;

export const figureTableNameSchema = z.enum([
  "by-format",
  "by-institution-type",
  "by-role-category",
  "ratings-by-month",
  "escalations-by-reason",
  "relationships-by-phase-and-health",
]);
export type FigureTableName = z.infer<typeof figureTableNameSchema>;

/** A table of figures: `keys` columns hold codes and labels, the other columns cells. */
export const figureTableSchema = z.object({
  name: figureTableNameSchema,
  title: z.object({ lv: z.string(), en: z.string() }),
  /** Columns that say what a row is (codes and their lv/en labels), in order. */
  keys: z.array(z.string()),
  /** Columns of figures, in order. */
  figures: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.union([z.string(), figureCellSchema]))),
});
export type FigureTable = z.infer<typeof figureTableSchema>;

/** The answer of `GET /api/console/figures`. */
export const programmeFiguresSchema = z.object({
  generatedAt: z.iso.datetime(),
  minimumGroup: z.number().int(),
  rule: z.string(),
  tables: z.array(figureTableSchema),
});
export type ProgrammeFigures = z.infer<typeof programmeFiguresSchema>;

/** The figures' query: `?cohort=<cohortId>` for one programme round (`lang` for a CSV file). */
export const figuresQuerySchema = cohortQuerySchema.extend({ lang: z.string().optional() });
