import { type FigureCell, type FigureTable, MINIMUM_GROUP } from "../../schemas/figures.js";
import { type HeldFigure, protectLine } from "./complementary-suppression.js";

/**
 * The cells of the programme figures and the small-group rule for each kind: counts,
 * rates and averages. Counts are held with their value until the whole table is
 * protected (complementary-suppression.ts); `published` drops the hidden values.
 */
const isHidden = (people: number, minimum: number) => people > 0 && people < minimum;

/** A count of something that `people` distinct persons stand behind, as published. */
export function countCell(value: number, people: number, minimum = MINIMUM_GROUP): FigureCell {
  return published(heldCount(value, people, minimum));
}

/** The same count before publication: it keeps its value for complementary suppression. */
export const heldCount = (value: number, people: number, minimum: number): HeldFigure => ({
  value,
  hidden: isHidden(people, minimum),
});

export const published = (cell: FigureCell): FigureCell =>
  cell.hidden ? { value: null, hidden: true } : cell;

/** A rate is hidden, too, when a count of its row it is worked out from is hidden. */
export const hiddenWith = (rate: FigureCell, ...counts: FigureCell[]): FigureCell =>
  counts.some((cell) => cell.hidden) ? { value: null, hidden: true } : rate;

export type FigureRow = FigureTable["rows"][number];
export const cellAt = (row: FigureRow, column: string) => row[column] as HeldFigure;

/** Every count column is a line whose total a reader may know. */
export const protectColumns = (rows: FigureRow[], columns: readonly string[]) => {
  for (const column of columns) protectLine(rows.map((row) => cellAt(row, column)));
};

/**
 * A share of people: hidden when the whole, the part or the rest is a small group (any of
 * them would give the others away through the rate). Null without a whole.
 */
export function rateCell(part: number, whole: number, minimum = MINIMUM_GROUP): FigureCell {
  if (whole === 0) return { value: null, hidden: false };
  if (isHidden(whole, minimum) || isHidden(part, minimum) || isHidden(whole - part, minimum))
    return { value: null, hidden: true };
  return { value: Math.round((part / whole) * 1000) / 1000, hidden: false };
}

/** An average over values that `people` distinct persons gave. */
export function averageCell(values: number[], people: number, minimum = MINIMUM_GROUP): FigureCell {
  if (values.length === 0) return { value: null, hidden: false };
  if (people < minimum) return { value: null, hidden: true };
  const sum = values.reduce((total, value) => total + value, 0);
  return { value: Math.round((sum / values.length) * 100) / 100, hidden: false };
}
