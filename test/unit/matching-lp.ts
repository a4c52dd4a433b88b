import loadHighs from "highs";

/**
 * An independent reference for the assignment solver: the LP of the same transportation
 * problem, solved by HiGHS. maximize sum v*x over allowed pairs, each row at most 1, each
 * column at most its capacity, 0 <= x <= 1. The constraint matrix is totally unimodular,
 * so the LP optimum equals the best integer assignment.
 */
const highs = await loadHighs();

export interface ReferenceProblem {
  rows: number;
  cols: number;
  /** The value of row r in column c; negative means the pair is not allowed. */
  value: (r: number, c: number) => number;
  capacity: readonly number[];
}

const name = (r: number, c: number) => `x_${r}_${c}`;

/** CPLEX LP text of the problem; one term a line, so no line grows long. */
export function assignmentLp(problem: ReferenceProblem): string {
  const { rows, cols, value, capacity } = problem;
  const allowed: [number, number, number][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = value(r, c);
      if (v >= 0) allowed.push([r, c, v]);
    }
  }
  const lines = ["Maximize", " obj:"];
  if (allowed.length === 0) lines.push(" 0 dummy");
  for (const [r, c, v] of allowed) lines.push(` + ${v} ${name(r, c)}`);
  lines.push("Subject To");
  for (let r = 0; r < rows; r++) {
    const terms = allowed.filter(([row]) => row === r).map(([, c]) => name(r, c));
    if (terms.length > 0) lines.push(` row${r}:`, ...terms.map((t) => ` + ${t}`), " <= 1");
  }
  for (let c = 0; c < cols; c++) {
    const terms = allowed.filter(([, col]) => col === c).map(([r]) => name(r, c));
    if (terms.length > 0) {
      lines.push(` col${c}:`, ...terms.map((t) => ` + ${t}`), ` <= ${capacity[c] ?? 0}`);
    }
  }
  lines.push("Bounds");
  if (allowed.length === 0) lines.push(" 0 <= dummy <= 0");
  for (const [r, c] of allowed) lines.push(` 0 <= ${name(r, c)} <= 1`);
  lines.push("End");
  return lines.join("\n");
}

/** The optimum of the LP relaxation (= the integer optimum), rounded to an integer. */
export function lpOptimum(problem: ReferenceProblem): number {
  const solution = highs.solve(assignmentLp(problem), { output_flag: false });
  if (solution.Status !== "Optimal") throw new Error(`HiGHS status ${solution.Status}`);
  const objective = solution.ObjectiveValue;
  // Integral by total unimodularity; anything else means the reference itself is off.
  if (Math.abs(objective - Math.round(objective)) > 1e-6) {
    throw new Error(`HiGHS optimum ${objective} is not integral`);
  }
  return Math.round(objective);
}
