/**
 * Complementary suppression: a hidden figure must stay unknown even to someone who knows
 * the totals. The figures publish no totals, but a reader can get them elsewhere: two
 * tables of the same release split the same people (by institution type and by role
 * category; by format and by phase and health), or the programme announces how many took
 * part. So every column of a table, and in the phase-by-health grid every row, column and
 * the grand total, is treated as known.
 *
 * Why hide more cells instead of hiding or rounding totals: the totals are not ours to
 * hide (they leak from the other tables and from outside), and rounding every figure
 * would blur the large, useful ones. Hiding the smallest extra cells that make each hidden
 * one ambiguous costs the least information.
 *
 * The reader's knowledge assumed: counts are whole numbers of at least 0. A complementary
 * cell may be a zero, so the reader cannot take a hidden cell to be at least 1.
 */

/** A figure before publication: its true value, and whether it is hidden. */
export interface HeldFigure {
  value: number;
  hidden: boolean;
}

/**
 * One line with a known total (a column of a table). A hidden cell can be worked out
 * exactly when it is the only hidden one of its line, or when the hidden ones sum to 0.
 * Then the smallest visible cell is hidden too, until neither holds. Smallest first, zeros
 * included: a hidden zero costs the reader least, and the large figures people came for
 * stay. Mutates `cells`.
 */
export function protectLine(cells: readonly HeldFigure[]): void {
  if (cells.length < 2) return; // the total is the cell: nothing to protect it from
  for (;;) {
    const hidden = cells.filter((cell) => cell.hidden);
    const sum = hidden.reduce((total, cell) => total + cell.value, 0);
    if (hidden.length === 0 || (hidden.length > 1 && sum > 0)) return;
    const complement = smallestVisible(cells);
    if (!complement) return;
    complement.hidden = true;
  }
}

const smallestVisible = (cells: readonly HeldFigure[]): HeldFigure | undefined =>
  cells.reduce<HeldFigure | undefined>(
    (best, cell) => (!cell.hidden && (best === undefined || cell.value < best.value) ? cell : best),
    undefined,
  );

/**
 * A grid whose row sums, column sums and grand total are known (rows x columns, all rows
 * of one length). A hidden cell is ambiguous exactly when it lies on a cycle of hidden
 * cells, alternating between its row and its column, along which 1 can be moved without
 * any cell going below 0: every sum stays and the cell changes. For each cell without
 * one, the cheapest such cycle through visible cells is found (least total value hidden,
 * then fewest cells) and its cells are hidden. Every cell of that cycle can then move
 * with it, and hiding more never fixes a cell that could move, so one pass over the
 * hidden cells suffices. A cell the totals alone give away (no cycle at all) stays as it
 * is: hiding could not help it. Mutates `grid`.
 */
export function protectGrid(grid: readonly (readonly HeldFigure[])[]): void {
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      if (!row[j]?.hidden) continue;
      const cycle = cheapestCycle(grid, i, j);
      for (const cell of cycle ?? []) cell.hidden = true;
    }
  }
}

/** A visible cell costs its value (and a little for being one more); a hidden one nothing. */
const costOf = (cell: HeldFigure) => (cell.hidden ? 0 : cell.value * 1000 + 1);

/**
 * The cells of the cheapest cycle through (i, j) that lets it move, without (i, j); an
 * empty list when one already runs through hidden cells only; undefined when none exists.
 *
 * The cycle as a path between the row and column nodes: moving (i, j) up by 1 needs a
 * path from row i to column j, leaving a row by a cell that goes down (so at least 1)
 * and leaving a column by a cell that goes up; moving it down needs the way back, from
 * column j to row i, and (i, j) at least 1.
 */
function cheapestCycle(
  grid: readonly (readonly HeldFigure[])[],
  i: number,
  j: number,
): HeldFigure[] | undefined {
  const rows = grid.length;
  const skip = { row: i, column: j };
  const up = cheapestPath(grid, skip, { from: i, to: rows + j });
  const down =
    (grid[i]?.[j]?.value ?? 0) > 0 ? cheapestPath(grid, skip, { from: rows + j, to: i }) : null;
  const best = [up, down]
    .filter((path): path is Path => path !== null)
    .sort((a, b) => a.cost - b.cost)[0];
  return best?.cells.filter((cell) => !cell.hidden);
}

interface Path {
  cost: number;
  cells: HeldFigure[];
}

/**
 * Dijkstra over rows (nodes 0..rows-1) and columns (rows..rows+columns-1): row r -> column c
 * over a cell of at least 1 (it goes down), column c -> row r over any cell (it goes up).
 */
function cheapestPath(
  grid: readonly (readonly HeldFigure[])[],
  skip: { row: number; column: number },
  { from, to }: { from: number; to: number },
): Path | null {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const nodes = rows + columns;
  const distance = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const via = new Array<{ node: number; cell: HeldFigure } | undefined>(nodes);
  const done = new Array<boolean>(nodes).fill(false);
  distance[from] = 0;
  for (;;) {
    let node = -1;
    let nearest = Number.POSITIVE_INFINITY;
    for (let n = 0; n < nodes; n++) {
      const d = distance[n] ?? Number.POSITIVE_INFINITY;
      if (!done[n] && d < nearest) [node, nearest] = [n, d];
    }
    if (node < 0) return null;
    if (node === to) break;
    done[node] = true;
    const isRow = node < rows;
    const neighbours = isRow ? columns : rows;
    for (let k = 0; k < neighbours; k++) {
      const [r, c] = isRow ? [node, k] : [k, node - rows];
      if (r === skip.row && c === skip.column) continue;
      const cell = grid[r]?.[c];
      if (!cell || (isRow && cell.value < 1)) continue;
      const next = isRow ? rows + c : r;
      const cost = nearest + costOf(cell);
      if (cost < (distance[next] ?? Number.POSITIVE_INFINITY)) {
        distance[next] = cost;
        via[next] = { node, cell };
      }
    }
  }
  const cells: HeldFigure[] = [];
  for (let node = to; node !== from; ) {
    const step = via[node];
    if (!step) return null;
    cells.push(step.cell);
    node = step.node;
  }
  return { cost: distance[to] ?? 0, cells };
}
