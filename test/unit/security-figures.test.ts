import fc from "fast-check";
import loadHighs from "highs";
import { describe, expect, it } from "vitest";
import {
  type HeldFigure,
  protectGrid,
  protectLine,
} from "../../shared/domain/console/complementary-suppression.js";
import { figureTableCsv } from "../../shared/domain/console/figures-csv.js";
import {
  type FiguresInput,
  programmeFigures,
} from "../../shared/domain/console/programme-figures.js";
import type { FigureCell, FigureTable } from "../../shared/schemas/figures.js";
import { FORMATS, INSTITUTION_TYPES, ROLE_CATEGORIES } from "../../shared/schemas/reference.js";
import {
  escalationReasonSchema,
  healthSchema,
  phaseSchema,
} from "../../shared/schemas/workflow.js";

/**
 * The attacker of the small-group rule: knows every published figure and every total
 * (row sums, column sums, the grand total), knows that counts are whole numbers of at
 * least 0, and asks an LP solver for the least and the greatest value each hidden cell can
 * have. Equal means the cell is recovered. The constraint matrices (one line, or the rows
 * and columns of a grid) are totally unimodular, so the LP bounds are the integer bounds.
 */
const highs = await loadHighs();

interface System {
  values: readonly number[];
  hidden: readonly boolean[];
  /** Sets of cells whose sum the attacker knows. */
  lines: readonly (readonly number[])[];
}

function bound(system: System, hidden: readonly boolean[], cell: number, sense: string): number {
  const variable = (k: number) => `v${k}`;
  const constraints = system.lines.flatMap((line, n) => {
    const unknown = line.filter((k) => hidden[k]);
    if (unknown.length === 0) return [];
    const rest = line
      .filter((k) => !hidden[k])
      .reduce((total, k) => total + (system.values[k] ?? 0), 0);
    const total = line.reduce((sum, k) => sum + (system.values[k] ?? 0), 0);
    return [` l${n}: ${unknown.map(variable).join(" + ")} = ${total - rest}`];
  });
  const lp = [sense, ` obj: ${variable(cell)}`, "Subject To", ...constraints, "End"].join("\n");
  const solution = highs.solve(lp, { output_flag: false });
  if (solution.Status === "Unbounded") return sense === "Maximize" ? Infinity : -Infinity;
  if (solution.Status !== "Optimal") throw new Error(`HiGHS: ${solution.Status}\n${lp}`);
  return Math.round(solution.ObjectiveValue);
}

const determined = (system: System, hidden: readonly boolean[], cell: number) =>
  bound(system, hidden, cell, "Minimize") === bound(system, hidden, cell, "Maximize");

/**
 * The hidden cells the attacker recovers. A cell the totals give away on their own (the
 * whole table hidden would not help, e.g. a table of one row) is no leak of this release.
 */
function recovered(system: System): number[] {
  const all = system.values.map(() => true);
  return system.hidden.flatMap((isHidden, cell) =>
    isHidden && determined(system, system.hidden, cell) && !determined(system, all, cell)
      ? [cell]
      : [],
  );
}

const lineSystem = (cells: readonly HeldFigure[]): System => ({
  values: cells.map((c) => c.value),
  hidden: cells.map((c) => c.hidden),
  lines: [cells.map((_, k) => k)],
});

const gridSystem = (grid: readonly (readonly HeldFigure[])[]): System => {
  const columns = grid[0]?.length ?? 0;
  const at = (r: number, c: number) => r * columns + c;
  const rows = grid.map((row, r) => row.map((_, c) => at(r, c)));
  const cols = Array.from({ length: columns }, (_, c) => grid.map((_, r) => at(r, c)));
  return {
    values: grid.flat().map((c) => c.value),
    hidden: grid.flat().map((c) => c.hidden),
    lines: [...rows, ...cols, rows.flat()],
  };
};

/** Small counts, most of them 0 to 2: the tables of a small programme. */
const count = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 2 }) },
  { weight: 3, arbitrary: fc.integer({ min: 3, max: 12 }) },
);
const primary = (value: number): HeldFigure => ({ value, hidden: value > 0 && value < 3 });

describe("complementary suppression, on generated tables", () => {
  it("no hidden cell of a column can be worked out from its total", () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 10 }), (values) => {
        const cells = values.map(primary);
        protectLine(cells);
        expect(recovered(lineSystem(cells))).toEqual([]);
        // Every small figure stays hidden; a figure hidden besides is never needed twice.
        for (const cell of cells)
          if (cell.value > 0 && cell.value < 3) expect(cell.hidden).toBe(true);
      }),
      { numRuns: 400, seed: 20261111 },
    );
  });

  it("no hidden cell of a grid can be worked out from row, column and grand totals", () => {
    const grid = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    fc.assert(
      fc.property(grid, (values) => {
        const cells = values.map((row) => row.map(primary));
        protectGrid(cells);
        expect(recovered(gridSystem(cells))).toEqual([]);
      }),
      { numRuns: 300, seed: 20261112 },
    );
  });
});

// Random programmes: categories, formats, phases and reasons from the reference lists.
const codesOf = <T extends { code: string }>(items: readonly T[]) =>
  items.map((i): T["code"] => i.code);
const programme: fc.Arbitrary<FiguresInput> = fc
  .record({
    mentees: fc.array(
      fc.record({
        institutionType: fc.constantFrom(...codesOf(INSTITUTION_TYPES)),
        roleCategory: fc.constantFrom(...codesOf(ROLE_CATEGORIES), "none" as const),
        eligible: fc.boolean(),
      }),
      { maxLength: 30 },
    ),
    relationships: fc.array(
      fc.record({
        format: fc.constantFrom(...codesOf(FORMATS)),
        phase: fc.constantFrom(...phaseSchema.options),
        health: fc.constantFrom(...healthSchema.options),
        mentor: fc.integer({ min: 0, max: 5 }),
        mentees: fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { minLength: 1, maxLength: 3 }),
        completed: fc.boolean(),
      }),
      { maxLength: 14 },
    ),
    reflections: fc.array(
      fc.record({
        author: fc.integer({ min: 0, max: 12 }),
        month: fc.constantFrom("2027-01", "2027-02", "2027-03"),
        rating: fc.integer({ min: 1, max: 10 }),
      }),
      { maxLength: 20 },
    ),
    escalations: fc.array(
      fc.record({
        relationship: fc.integer({ min: 0, max: 15 }),
        reason: fc.constantFrom(...escalationReasonSchema.options),
      }),
      { maxLength: 10 },
    ),
  })
  .map(
    (p): FiguresInput => ({
      mentees: p.mentees.map((m, k) => ({
        id: `p${k}`,
        status: m.eligible ? "eligible" : "ineligible",
        institutionType: m.institutionType,
        roleCategory: m.roleCategory,
      })),
      relationships: p.relationships.map((r, k) => ({
        relationshipId: `r${k}`,
        format: r.format,
        phase: r.phase,
        health: r.health,
        mentorId: `m${r.mentor}`,
        menteeIds: r.mentees.map((id) => `p${id}`),
        ...(r.phase === "closed"
          ? { closeReason: r.completed ? "completed" : "closed_by_coordinator" }
          : {}),
      })),
      reflections: p.reflections.map((r) => ({
        participantId: `p${r.author}`,
        submittedAt: `${r.month}-10T10:00:00.000Z`,
        valueRating: r.rating,
        ideasRating: r.rating,
        safetyRating: r.rating,
      })),
      escalations: p.escalations.map((e) => ({
        relationshipId: `r${e.relationship}`,
        reason: e.reason,
      })),
    }),
  );

const isCount = (column: string) => !/(Rate|Average)$/.test(column);
const cellOf = (row: FigureTable["rows"][number], column: string) => row[column] as FigureCell;
/** Each rate and the counts it is worked out from (part, whole) in the same row. */
const RATE_PARTS: Record<string, readonly string[]> = {
  "by-format": ["completed", "people"],
  "by-institution-type": ["completed", "placed"],
  "by-role-category": ["completed", "placed"],
};

/** The attacker's systems of one table: its published figures and the true ones. */
function systemsOf(published: FigureTable, truth: FigureTable): System[] {
  const held = (column: string, k: number) => ({
    value: cellOf(truth.rows[k] ?? {}, column).value ?? 0,
    hidden: cellOf(published.rows[k] ?? {}, column).hidden,
  });
  const counts = published.figures.filter(isCount);
  if (published.name !== "relationships-by-phase-and-health") {
    return counts.map((column) => lineSystem(published.rows.map((_, k) => held(column, k))));
  }
  const healths = healthSchema.options.length;
  return counts.map((column) =>
    gridSystem(
      phaseSchema.options.map((_, p) =>
        healthSchema.options.map((_, h) => held(column, p * healths + h)),
      ),
    ),
  );
}

describe("programme figures, on generated programmes", () => {
  it("no hidden figure can be recovered from the visible ones and the totals", () => {
    fc.assert(
      fc.property(programme, (input) => {
        const at = "2027-04-01T00:00:00.000Z";
        const published = programmeFigures(input, at);
        // With a smallest group of 1 nothing is hidden: the true figures.
        const truth = programmeFigures(input, at, 1);
        for (const table of published.tables) {
          const real = truth.tables.find((t) => t.name === table.name) as FigureTable;
          for (const system of systemsOf(table, real)) {
            expect(recovered(system), table.name).toEqual([]);
          }
          // A shown rate with a shown count gives the other count of its row away.
          for (const row of table.rows) {
            const rate = row.completionRate as FigureCell | undefined;
            if (!rate || rate.hidden) continue;
            for (const part of RATE_PARTS[table.name] ?? [])
              expect(cellOf(row, part).hidden, `${table.name} ${part}`).toBe(false);
          }
        }
      }),
      { numRuns: 150, seed: 20261113 },
    );
  });
});

describe("figures as CSV, attacker: formula injection", () => {
  it("prefixes a quote to a text starting with = + - @, tab or CR, and quotes as CSV needs", () => {
    const shown = (value: number) => ({ value, hidden: false });
    const csv = figureTableCsv({
      name: "by-format",
      title: { lv: "x", en: "x" },
      keys: ["code", "label_lv"],
      figures: ["relationships"],
      rows: [
        {
          code: "a",
          label_lv: '=HYPERLINK("http://x.example","klikšķini")',
          relationships: shown(1),
        },
        { code: "b", label_lv: "+1+2", relationships: shown(2) },
        { code: "c", label_lv: "-2+3", relationships: shown(3) },
        { code: "d", label_lv: "@SUM(A1:A2)", relationships: shown(4) },
        { code: "e", label_lv: "\t=1", relationships: shown(5) },
        { code: "f", label_lv: "\r=1", relationships: shown(6) },
        { code: "g", label_lv: "Grupas mentorings (3–6)", relationships: shown(7) },
      ],
    });
    expect(csv).toBe(
      "\uFEFFcode,label_lv,relationships\r\n" +
        `a,"'=HYPERLINK(""http://x.example"",""klikšķini"")",1\r\n` +
        "b,'+1+2,2\r\n" +
        "c,'-2+3,3\r\n" +
        "d,'@SUM(A1:A2),4\r\n" +
        "e,'\t=1,5\r\n" +
        `f,"'\r=1",6\r\n` +
        "g,Grupas mentorings (3–6),7\r\n",
    );
  });
});
