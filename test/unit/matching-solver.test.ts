import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AssignmentProblem,
  type AssignmentSolution,
  FORBIDDEN,
  type SolveOptions,
  solveAssignment,
} from "../../shared/domain/matching/solve-assignment.js";
import { seeded } from "../fixtures/random-pool.js";
import { lpOptimum } from "./matching-lp.js";

interface InstanceShape {
  rows: number;
  cols: number;
  /** Share of forbidden pairs. */
  forbidden: number;
  maxCapacity: number;
  /** Values are drawn from this many distinct levels (few levels: many ties), or 0..1000. */
  levels?: number;
}

/** A seeded random problem: integer values 0..1000, some pairs forbidden, capacities 0..max. */
function instance(seed: number, shape: InstanceShape): AssignmentProblem {
  const rnd = seeded(seed);
  const { rows, cols } = shape;
  const value = new Int32Array(rows * cols);
  for (let i = 0; i < value.length; i++) {
    if (rnd.next() < shape.forbidden) value[i] = FORBIDDEN;
    else if (shape.levels)
      value[i] = Math.round((rnd.int(0, shape.levels - 1) * 1000) / shape.levels);
    else value[i] = rnd.int(0, 1000);
  }
  const capacity = Int32Array.from({ length: cols }, () => rnd.int(0, shape.maxCapacity));
  return { rows, cols, value, capacity };
}

const reference = (problem: AssignmentProblem) =>
  lpOptimum({
    rows: problem.rows,
    cols: problem.cols,
    value: (r, c) => problem.value[r * problem.cols + c] as number,
    capacity: Array.from(problem.capacity),
  });

/** Feasibility of a solution, checked from scratch, and its recomputed total. */
function expectFeasible(problem: AssignmentProblem, solution: AssignmentSolution) {
  const { rows, cols, value, capacity } = problem;
  expect(solution.columnOf).toHaveLength(rows);
  const load = new Array<number>(cols).fill(0);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const c = solution.columnOf[r] as number;
    expect(Number.isInteger(c)).toBe(true);
    if (c === -1) continue;
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(cols);
    const v = value[r * cols + c] as number;
    expect(v, `row ${r} in forbidden column ${c}`).toBeGreaterThanOrEqual(0);
    load[c] = (load[c] as number) + 1;
    total += v;
  }
  for (let c = 0; c < cols; c++) {
    expect(load[c], `column ${c}`).toBeLessThanOrEqual(capacity[c] as number);
  }
  expect(solution.total).toBe(total);
  expect(solution.rounds).toBeGreaterThanOrEqual(1);
}

const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const shapeArb: fc.Arbitrary<InstanceShape> = fc.record({
  rows: fc.integer({ min: 26, max: 34 }),
  cols: fc.integer({ min: 10, max: 14 }),
  forbidden: fc.constant(0.2),
  maxCapacity: fc.constant(4),
  levels: fc.option(fc.integer({ min: 2, max: 8 }), { nil: undefined }),
});

/** Checks 100 seeded instances with the given options; returns how many needed > 1 round. */
function checkAgainstLp(options: SolveOptions | undefined): number {
  let widened = 0;
  fc.assert(
    fc.property(seedArb, shapeArb, (seed, shape) => {
      const problem = instance(seed, shape);
      const solution = solveAssignment(problem, options);
      expectFeasible(problem, solution);
      expect(solution.total).toBe(reference(problem));
      if (solution.rounds > 1) widened++;
    }),
    { numRuns: 100 },
  );
  return widened;
}

describe("solveAssignment against the HiGHS LP optimum", () => {
  it("is feasible and optimal on 100 random 30x12 instances (default candidate lists)", {
    timeout: 60_000,
  }, () => {
    checkAgainstLp(undefined);
  });

  it("stays optimal with one candidate per row and none per column (certificate path)", {
    timeout: 60_000,
  }, () => {
    const widened = checkAgainstLp({ candidates: 1, columnCandidates: 0 });
    // With one column per row, rows must compete for more: the proof has to add pairs.
    expect(widened).toBeGreaterThan(0);
  });

  it("stays optimal with two candidates per row and one per column", { timeout: 60_000 }, () => {
    const widened = checkAgainstLp({ candidates: 2, columnCandidates: 1 });
    expect(widened).toBeGreaterThan(0);
  });

  it("is optimal on larger, tie-heavy instances too", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(seedArb, fc.constantFrom(1, 2, 3), (seed, levels) => {
        const problem = instance(seed, {
          rows: 80,
          cols: 20,
          forbidden: 0.3,
          maxCapacity: 6,
          levels,
        });
        for (const options of [undefined, { candidates: 1, columnCandidates: 0 }]) {
          const solution = solveAssignment(problem, options);
          expectFeasible(problem, solution);
          expect(solution.total).toBe(reference(problem));
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe("solveAssignment edge cases", () => {
  const problem = (
    rows: number,
    cols: number,
    value: (r: number, c: number) => number,
    capacity: (c: number) => number,
  ): AssignmentProblem => ({
    rows,
    cols,
    value: Int32Array.from({ length: rows * cols }, (_, i) =>
      value(Math.floor(i / cols), i % cols),
    ),
    capacity: Int32Array.from({ length: cols }, (_, c) => capacity(c)),
  });

  it("handles zero rows", () => {
    const p = problem(
      0,
      4,
      () => 10,
      () => 2,
    );
    const solution = solveAssignment(p);
    expect(solution.columnOf).toHaveLength(0);
    expect(solution.total).toBe(0);
  });

  it("handles zero columns: every row stays unassigned", () => {
    const p = problem(
      5,
      0,
      () => 10,
      () => 2,
    );
    const solution = solveAssignment(p);
    expect(Array.from(solution.columnOf)).toEqual([-1, -1, -1, -1, -1]);
    expect(solution.total).toBe(0);
  });

  it("leaves every row unassigned when every pair is forbidden", () => {
    const p = problem(
      6,
      3,
      () => FORBIDDEN,
      () => 5,
    );
    const solution = solveAssignment(p);
    expect(Array.from(solution.columnOf)).toEqual(new Array(6).fill(-1));
    expect(solution.total).toBe(0);
  });

  it("leaves every row unassigned when every capacity is zero", () => {
    const p = problem(
      6,
      3,
      (r, c) => 100 + r * 10 + c,
      () => 0,
    );
    for (const options of [undefined, { candidates: 1, columnCandidates: 0 }]) {
      const solution = solveAssignment(p, options);
      expect(Array.from(solution.columnOf)).toEqual(new Array(6).fill(-1));
      expect(solution.total).toBe(0);
    }
  });

  it("puts every row with a positive value into one column with room for all", () => {
    const values = [5, 0, 999, FORBIDDEN, 1, 400, FORBIDDEN, 1000];
    const p = problem(
      values.length,
      1,
      (r) => values[r] as number,
      () => 1000,
    );
    const solution = solveAssignment(p);
    expectFeasible(p, solution);
    expect(solution.total).toBe(values.filter((v) => v > 0).reduce((a, b) => a + b, 0));
    values.forEach((v, r) => {
      if (v > 0) expect(solution.columnOf[r], `row ${r}`).toBe(0);
      if (v < 0) expect(solution.columnOf[r], `row ${r}`).toBe(-1);
    });
  });

  it("takes the best rows of one column with too little room", () => {
    const values = [300, 700, 100, 900, 500];
    const p = problem(
      values.length,
      1,
      (r) => values[r] as number,
      () => 2,
    );
    const solution = solveAssignment(p, { candidates: 1, columnCandidates: 0 });
    expectFeasible(p, solution);
    expect(solution.total).toBe(900 + 700);
    expect(Array.from(solution.columnOf)).toEqual([-1, 0, -1, 0, -1]);
  });

  it("prefers a swap over the greedy choice", () => {
    // Greedy gives row 0 column 0 (10) and leaves row 1 with 1; the optimum is 9 + 9.
    const v = [
      [10, 9],
      [9, 1],
    ];
    const p = problem(
      2,
      2,
      (r, c) => v[r]?.[c] as number,
      () => 1,
    );
    for (const options of [undefined, { candidates: 1, columnCandidates: 0 }]) {
      const solution = solveAssignment(p, options);
      expect(solution.total).toBe(18);
      expect(Array.from(solution.columnOf)).toEqual([1, 0]);
    }
  });
});
