import { munkres } from "munkres";
import { formatConflict, pairConflict } from "../shared/domain/matching/check-pair.js";
import { DEFAULT_MINIMUM_SCORE, matchPool } from "../shared/domain/matching/match-pool.js";
import {
  type MatchMentee,
  type MatchMentor,
  menteeFeatures,
  mentorFeatures,
} from "../shared/domain/matching/pool-features.js";
import { DEFAULT_WEIGHTS, makePairScorer } from "../shared/domain/matching/score-pair.js";
import { FORBIDDEN, solveAssignment } from "../shared/domain/matching/solve-assignment.js";
import type { Format } from "../shared/schemas/reference.js";
import { randomPool } from "../test/fixtures/random-pool.js";

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const memory = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Times `run` several times (after one warm-up); memory is the growth over a collected heap. */
function measure<T>(runs: number, run: () => T): { ms: number; mb: number; result: T } {
  let result = run();
  const times: number[] = [];
  let grew = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const before = memory();
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
    grew = Math.max(grew, memory() - before);
  }
  return { ms: median(times), mb: grew / 2 ** 20, result };
}

/** The 1:1 value matrix exactly as matching builds it: hard rules, then the minimum fit. */
function valueMatrix(mentees: MatchMentee[], mentors: MatchMentor[]) {
  const vocabulary = new Map<string, number>();
  const M = mentees.map((m) => menteeFeatures(m, vocabulary));
  const T = mentors.map((t) => mentorFeatures(t, vocabulary));
  const score = makePairScorer(DEFAULT_WEIGHTS);
  const value = new Int32Array(M.length * T.length).fill(FORBIDDEN);
  for (const [r, mentee] of M.entries()) {
    for (const [c, mentor] of T.entries()) {
      if (pairConflict(mentee, mentor) || formatConflict(mentee, mentor, "individual")) continue;
      const points = score(mentee, mentor, "individual");
      if (points >= DEFAULT_MINIMUM_SCORE * 10) value[r * T.length + c] = points;
    }
  }
  return { value, capacity: Int32Array.from(T, (t) => t.capacity), rows: M.length, cols: T.length };
}

/** Baseline: best pairs first, each taken while the mentee is free and the mentor has room. */
function greedy(problem: ReturnType<typeof valueMatrix>) {
  const { value, rows, cols } = problem;
  const pairs: number[] = [];
  for (let i = 0; i < value.length; i++) if ((value[i] as number) >= 0) pairs.push(i);
  pairs.sort((a, b) => (value[b] as number) - (value[a] as number));
  const taken = new Uint8Array(rows);
  const room = Int32Array.from(problem.capacity);
  let total = 0;
  for (const i of pairs) {
    const r = Math.floor(i / cols);
    const c = i % cols;
    if (taken[r] || (room[c] as number) === 0) continue;
    taken[r] = 1;
    room[c] = (room[c] as number) - 1;
    total += value[i] as number;
  }
  return total;
}

/** munkres on the slot-expanded matrix: one column per place; a forbidden pair is worth 0. */
function hungarian(problem: ReturnType<typeof valueMatrix>) {
  const { value, rows, cols } = problem;
  const slots: number[] = [];
  for (let c = 0; c < cols; c++)
    for (let k = 0; k < (problem.capacity[c] as number); k++) slots.push(c);
  const matrix = Array.from({ length: rows }, (_, r) =>
    Float64Array.from(slots, (c) => -Math.max(0, value[r * cols + c] as number)),
  );
  let total = 0;
  for (const [r, j] of munkres(matrix))
    total += Math.max(0, value[r * cols + (slots[j] as number)] as number);
  return total;
}

const score = (points: number) => (points / 10).toFixed(1);

export async function benchMatching() {
  console.log(
    "\nMatching: 1:1 pools, capacity 1 to 6 (times are medians, memory is heap growth)\n",
  );
  console.log("| pool | method | median ms | memory MB | total score | vs optimum |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: |");
  for (const [mentees, mentors, runs, munkresRuns] of [
    [500, 200, 7, 3],
    [2000, 500, 7, 1],
  ] as const) {
    const pool = randomPool({ mentees, mentors, seed: 20261127 });
    const problem = valueMatrix(pool.mentees, pool.mentors);
    const ours = measure(runs, () => solveAssignment(problem));
    const optimum = ours.result.total;
    const rows: [string, { ms: number; mb: number }, number][] = [
      ["exact assignment (ours)", ours, optimum],
    ];
    const whole = measure(runs, () => matchPool(pool.mentees, pool.mentors));
    rows.push([
      "whole run: scores, assignment, explanations (ours)",
      whole,
      Math.round(whole.result.quality.totalScore * 10),
    ]);
    const base = measure(runs, () => greedy(problem));
    rows.push(["greedy baseline", base, base.result]);
    const slots = measure(munkresRuns, () => hungarian(problem));
    rows.push(["munkres, slot-expanded Hungarian", slots, slots.result]);
    for (const [name, m, total] of rows) {
      const gap = optimum === 0 ? 0 : ((optimum - total) / optimum) * 100;
      console.log(
        `| ${mentees} x ${mentors} | ${name} | ${m.ms.toFixed(0)} | ${m.mb.toFixed(0)} | ${score(total)} | ${gap === 0 ? "optimal" : `-${gap.toFixed(2)}%`} |`,
      );
    }
  }

  console.log("\nMatching: all five formats (groups of 3 to 6, teams, reverse, on demand)\n");
  console.log("| pool | median ms | proposals by format | placed | gap to upper bound |");
  console.log("| --- | ---: | --- | ---: | ---: |");
  const formats: Format[] = ["individual", "group", "team", "reverse", "on_demand"];
  for (const [mentees, mentors, runs] of [
    [500, 200, 5],
    [2000, 500, 3],
  ] as const) {
    const pool = randomPool({ mentees, mentors, seed: 20261127, formats, teamShare: 0.05 });
    const run = measure(runs, () => matchPool(pool.mentees, pool.mentors));
    const q = run.result.quality;
    const byFormat = Object.entries(q.proposalsByFormat)
      .map(([format, count]) => `${format} ${count}`)
      .join(", ");
    console.log(
      `| ${mentees} x ${mentors} | ${run.ms.toFixed(0)} | ${byFormat} | ${q.placed} of ${q.menteesInPool} | ${(q.gapToUpperBound * 100).toFixed(2)}% |`,
    );
  }
}
