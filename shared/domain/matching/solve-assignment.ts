/**
 * Maximum-value assignment of rows (mentees) to capacitated columns (mentors), where a
 * row may also stay unassigned. Exact: the primal-dual min-cost flow method. Dijkstra on
 * reduced costs moves the node potentials (the LP duals); then every shortest augmenting
 * path that the new potentials make tight is pushed at once, as a blocking flow on the
 * zero-reduced-cost edges. Ties, which questionnaire scores have in plenty, then cost one
 * phase instead of one long search each. "Unassigned" is a column of its own with value
 * 0 and unlimited capacity, so leaving a mentee out competes fairly with every mentor.
 *
 * Speed also comes from sparsity with a proof: each row first sees only its best columns
 * and each column its best rows; the final potentials are then checked against every
 * allowed pair. No negative reduced cost certifies the optimum of the full problem (LP
 * duality); otherwise the offending pairs are added and the problem is solved again.
 */
export interface AssignmentProblem {
  rows: number;
  cols: number;
  /** value[r * cols + c]: what row r is worth in column c; negative means forbidden. */
  value: Int32Array;
  /** How many rows each column may take. */
  capacity: Int32Array;
}

export interface AssignmentSolution {
  /** The column of each row, or -1 when the row stays unassigned. */
  columnOf: Int32Array;
  total: number;
  /** Sparse solves needed until the potentials certified the optimum. */
  rounds: number;
  /** Dijkstra phases over all rounds. */
  phases: number;
}

export const FORBIDDEN = -1;

export interface SolveOptions {
  /** Best columns each row starts with. */
  candidates?: number;
  /** Best rows each column adds to those rows' lists. */
  columnCandidates?: number;
}

export function solveAssignment(
  problem: AssignmentProblem,
  options: SolveOptions = {},
): AssignmentSolution {
  const { rows, cols, value } = problem;
  const lists = initialCandidates(problem, options.candidates ?? 48);
  addColumnCandidates(problem, lists, options.columnCandidates ?? 48);
  let phases = 0;
  let solver = createSolver(problem, lists);
  let cold = true;
  const w = new Float64Array(cols);
  for (let round = 1; ; round++) {
    solver.run();
    phases += solver.phases();
    const { columnOf, total } = solver.solution();
    // Certificate by LP duality: column prices w from the potentials, row values u as the
    // best any row can get at those prices. (u, w) is dual feasible by construction, so
    // the dual objective bounds every assignment; meeting the total proves it optimal.
    const { pc, sink } = solver.potentials();
    let dual = 0;
    for (let c = 0; c < cols; c++) {
      w[c] = Math.max(0, sink - (pc[c] as number));
      dual += (w[c] as number) * (problem.capacity[c] as number);
    }
    const widened: number[] = [];
    for (let r = 0; r < rows; r++) {
      const list = lists[r] as number[];
      const base = r * cols;
      let inList = 0;
      for (const c of list)
        inList = Math.max(inList, (value[base + c] as number) - (w[c] as number));
      let best = inList;
      for (let c = 0; c < cols; c++) {
        const v = value[base + c] as number;
        if (v >= 0) best = Math.max(best, v - (w[c] as number));
      }
      dual += best;
      // Pairs the list lacks but the prices favour: their reduced cost is negative.
      if (best > inList) {
        const known = new Set(list);
        let grew = false;
        for (let c = 0; c < cols; c++) {
          const v = value[base + c] as number;
          if (v >= 0 && v - (w[c] as number) > inList && !known.has(c)) {
            list.push(c);
            grew = true;
          }
        }
        if (grew) widened.push(r);
      }
    }
    if (dual <= total) return { columnOf, total, rounds: round, phases };
    if (widened.length > 0) {
      // Warm start: only the rows that gained pairs are routed again.
      solver.widen(widened);
      cold = false;
    } else if (!cold) {
      // The warm potentials no longer prove anything: solve once more from scratch.
      solver = createSolver(problem, lists);
      cold = true;
    } else {
      throw new Error(`assignment not certified: dual ${dual} > total ${total}`);
    }
  }
}

/** Moves the `k` largest keys of `items[0..n)` to the front (quickselect, descending). */
function selectBest(items: Int32Array, n: number, k: number, key: (item: number) => number) {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = key(items[(lo + hi) >> 1] as number);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (key(items[i] as number) > pivot) i++;
      while (key(items[j] as number) < pivot) j--;
      if (i <= j) {
        const t = items[i] as number;
        items[i] = items[j] as number;
        items[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
}

/** The best `k` allowed columns of each row (unordered). */
function initialCandidates(problem: AssignmentProblem, k: number): number[][] {
  const { rows, cols, value } = problem;
  const scratch = new Int32Array(cols);
  return Array.from({ length: rows }, (_, r) => {
    const base = r * cols;
    let n = 0;
    for (let c = 0; c < cols; c++) if ((value[base + c] as number) >= 0) scratch[n++] = c;
    if (n > k) selectBest(scratch, n, k, (c) => value[base + c] as number);
    return Array.from(scratch.subarray(0, Math.min(n, k)));
  });
}

/** Adds, for every column, its `k` best rows to those rows' lists. */
function addColumnCandidates(problem: AssignmentProblem, lists: number[][], k: number) {
  const { rows, cols, value } = problem;
  if (k <= 0) return;
  const inList = lists.map((list) => new Set(list));
  const scratch = new Int32Array(rows);
  for (let c = 0; c < cols; c++) {
    let n = 0;
    for (let r = 0; r < rows; r++) if ((value[r * cols + c] as number) >= 0) scratch[n++] = r;
    if (n > k) selectBest(scratch, n, k, (r) => value[r * cols + c] as number);
    for (let i = 0; i < Math.min(n, k); i++) {
      const r = scratch[i] as number;
      const set = inList[r] as Set<number>;
      if (!set.has(c)) {
        set.add(c);
        (lists[r] as number[]).push(c);
      }
    }
  }
}

/** Min-heap of node ids keyed by distance, with lazy deletion of stale entries. */
class Heap {
  private keys = new Float64Array(1024);
  private items = new Int32Array(1024);
  size = 0;
  push(key: number, item: number) {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const items = new Int32Array(this.size * 2);
      items.set(this.items);
      this.keys = keys;
      this.items = items;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= key) break;
      this.keys[i] = this.keys[parent] as number;
      this.items[i] = this.items[parent] as number;
      i = parent;
    }
    this.keys[i] = key;
    this.items[i] = item;
  }
  topKey() {
    return this.keys[0] as number;
  }
  pop(): number {
    const top = this.items[0] as number;
    const lastKey = this.keys[--this.size] as number;
    const lastItem = this.items[this.size] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && (this.keys[child + 1] as number) < (this.keys[child] as number))
        child++;
      if ((this.keys[child] as number) >= lastKey) break;
      this.keys[i] = this.keys[child] as number;
      this.items[i] = this.items[child] as number;
      i = child;
    }
    this.keys[i] = lastKey;
    this.items[i] = lastItem;
    return top;
  }
}

const INF = Number.POSITIVE_INFINITY;

function createSolver(problem: AssignmentProblem, lists: number[][]) {
  const { rows: R, cols: C, value, capacity } = problem;
  const NULL = C; // the "unassigned" column, unlimited
  // Row edges in CSR form, the unassigned column last.
  const start = new Int32Array(R + 1);
  let edgeCol = new Int32Array(0);
  let edgeCost = new Float64Array(0);
  const buildEdges = () => {
    for (let r = 0; r < R; r++) {
      start[r + 1] = (start[r] as number) + (lists[r] as number[]).length + 1;
    }
    edgeCol = new Int32Array(start[R] as number);
    edgeCost = new Float64Array(start[R] as number);
    for (let r = 0; r < R; r++) {
      let e = start[r] as number;
      for (const c of lists[r] as number[]) {
        edgeCol[e] = c;
        edgeCost[e++] = -(value[r * C + c] as number);
      }
      edgeCol[e] = NULL;
      edgeCost[e] = 0;
    }
  };
  buildEdges();
  // Where each row sits: -1 not yet routed, a column, or NULL. Members as linked lists.
  const colOf = new Int32Array(R).fill(-1);
  const costOf = new Float64Array(R); // cost of the edge a row sits on
  const head = new Int32Array(C + 1).fill(-1);
  const next = new Int32Array(R).fill(-1);
  const prev = new Int32Array(R).fill(-1);
  const load = new Int32Array(C + 1);
  const room = (c: number) => c === NULL || (load[c] as number) < (capacity[c] as number);
  const place = (r: number, c: number, cost: number) => {
    unplace(r);
    colOf[r] = c;
    costOf[r] = cost;
    prev[r] = -1;
    next[r] = head[c] as number;
    if ((head[c] as number) >= 0) prev[head[c] as number] = r;
    head[c] = r;
    load[c] = (load[c] as number) + 1;
  };

  // Potentials: reduced cost of x->y is cost + p[x] - p[y]. Nodes: rows 0..R-1,
  // columns R..R+C (the unassigned column last), sink T, source S (linked to unrouted rows).
  const T = R + C + 1;
  const S = R + C + 2;
  const N = R + C + 3;
  const p = new Float64Array(N);
  /** The lowest potential that keeps a free row's reduced costs non-negative. */
  const resetRow = (r: number) => {
    let top = Number.NEGATIVE_INFINITY;
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
      top = Math.max(top, -(edgeCost[e] as number) + (p[R + (edgeCol[e] as number)] as number));
    }
    p[r] = top;
    p[S] = Math.max(p[S] as number, top);
  };
  for (let r = 0; r < R; r++) resetRow(r);

  let free = R;
  let phases = 0;
  const dist = new Float64Array(N);
  const heap = new Heap();
  const onPath = new Uint8Array(C + 1);
  const dead = new Uint8Array(N);
  const used = new Uint8Array(R);
  const ptr = new Int32Array(R);
  const freeRows: number[] = [];

  return {
    run,
    phases: () => phases,
    potentials: () => ({
      pr: p.subarray(0, R),
      pc: p.subarray(R, R + C),
      sink: p[T] as number,
    }),
    /**
     * Rows whose lists grew leave their places and are routed again on the next run. The
     * sink drops to the lowest column with room, so every way to it stays non-negative.
     */
    widen(changed: number[]) {
      buildEdges();
      for (const r of changed) {
        if ((colOf[r] as number) >= 0) free++;
        unplace(r);
      }
      let lowest = p[T] as number;
      for (let c = 0; c <= C; c++) if (room(c)) lowest = Math.min(lowest, p[R + c] as number);
      p[T] = lowest;
      for (const r of changed) resetRow(r);
    },
    solution() {
      let total = 0;
      const columnOf = new Int32Array(R);
      for (let r = 0; r < R; r++) {
        const c = colOf[r] as number;
        columnOf[r] = c === NULL ? -1 : c;
        if (c !== NULL) total += value[r * C + c] as number;
      }
      return { columnOf, total };
    },
  };

  function unplace(r: number) {
    const old = colOf[r] as number;
    if (old < 0) return;
    const before = prev[r] as number;
    const after = next[r] as number;
    if (before >= 0) next[before] = after;
    else head[old] = after;
    if (after >= 0) prev[after] = before;
    load[old] = (load[old] as number) - 1;
    colOf[r] = -1;
  }

  function run() {
    while (free > 0) {
      phases++;
      // 1. Dijkstra from the source on reduced costs, up to the sink.
      dist.fill(INF);
      dist[S] = 0;
      heap.size = 0;
      heap.push(0, S);
      let reach = INF;
      while (heap.size > 0) {
        const d = heap.topKey();
        const x = heap.pop();
        if (d > (dist[x] as number)) continue;
        if (x === T) {
          reach = d;
          break;
        }
        const px = p[x] as number;
        if (x === S) {
          for (let r = 0; r < R; r++) {
            if ((colOf[r] as number) === -1) relax(r, d + px - (p[r] as number));
          }
        } else if (x < R) {
          const sits = colOf[x] as number;
          for (let e = start[x] as number; e < (start[x + 1] as number); e++) {
            const c = edgeCol[e] as number;
            if (c === sits) continue;
            relax(R + c, d + (edgeCost[e] as number) + px - (p[R + c] as number));
          }
        } else {
          const c = x - R;
          for (let r = head[c] as number; r >= 0; r = next[r] as number) {
            relax(r, d - (costOf[r] as number) + px - (p[r] as number));
          }
          if (room(c)) relax(T, d + px - (p[T] as number));
        }
      }
      // 2. New potentials: p += min(d, reach) - reach keeps reduced costs non-negative and
      //    makes every shortest path tight.
      for (let x = 0; x < N; x++) {
        const d = dist[x] as number;
        if (d < reach) p[x] = (p[x] as number) + d - reach;
      }
      // 3. Push along tight paths (all of them shortest) until a pass finds none. A depth-
      //    first search marks what failed, so each pass costs one look at the tight edges.
      for (;;) {
        dead.fill(0);
        used.fill(0);
        freeRows.length = 0;
        for (let r = 0; r < R; r++) {
          if ((colOf[r] as number) === -1 && p[S] === p[r]) freeRows.push(r);
          ptr[r] = start[r] as number;
        }
        let found = 0;
        for (const r of freeRows) {
          if (augmentFrom(r)) {
            free--;
            found++;
          }
        }
        if (found === 0) break;
      }
    }
  }

  function relax(y: number, nd: number) {
    if (nd < (dist[y] as number)) {
      dist[y] = nd;
      heap.push(nd, y);
    }
  }

  /** One augmenting path from row r over tight edges; moves rows as it unwinds. */
  function augmentFrom(r: number): boolean {
    if (dead[r] === 1 || used[r] === 1) return false;
    const pr = p[r] as number;
    const sits = colOf[r] as number;
    for (; (ptr[r] as number) < (start[r + 1] as number); ptr[r] = (ptr[r] as number) + 1) {
      const e = ptr[r] as number;
      const c = edgeCol[e] as number;
      const y = R + c;
      if (c === sits || dead[y] === 1 || onPath[c] === 1) continue;
      const cost = edgeCost[e] as number;
      if (cost + pr - (p[y] as number) !== 0) continue;
      if (augmentThrough(c)) {
        used[r] = 1;
        place(r, c, cost);
        return true;
      }
    }
    dead[r] = 1;
    return false;
  }

  /** Continues a path at column c: to the sink if it has room, else by moving a member on. */
  function augmentThrough(c: number): boolean {
    const y = R + c;
    const py = p[y] as number;
    if (room(c) && py === p[T]) return true;
    // On the current path a column is not entered again (no cycles); a column that fails
    // from here fails from anywhere this pass, as the text above the loop explains.
    onPath[c] = 1;
    let r = head[c] as number;
    while (r >= 0) {
      const after = next[r] as number; // r may move out of c during the search
      if (
        used[r] === 0 &&
        dead[r] === 0 &&
        -(costOf[r] as number) + py - (p[r] as number) === 0 &&
        augmentFrom(r)
      ) {
        onPath[c] = 0;
        return true;
      }
      r = after;
    }
    onPath[c] = 0;
    dead[y] = 1;
    return false;
  }
}
