import { add, div, isOne, isZero, mul, ONE, type Rational, sub, ZERO } from './rational';

/**
 * The differencing rule as linear algebra, for one kind of figure in one response.
 *
 * People are split into *units*: disjoint sets of contributing people (the server's atoms — people
 * with the same memberships — possibly crossed with a breakdown's cells). A figure adds up its
 * units, so whoever reads a response can compute every linear combination of the figures shown in
 * it. A set of units is *computable* when its 0/1 indicator lies in the span of the shown figures'
 * indicators (over the rationals: differences, sums, any coefficients). The rule: no computable
 * set holds from 1 to k − 1 people. Each shown figure is itself computable, so it covers at least
 * k people.
 *
 * How it is checked: the shown indicators are kept in reduced row echelon form, with the columns
 * of *big* units (k people or more) ordered first. A set that contains a big unit holds k people
 * already, so only sets of small units matter, and those lie in W, the span of the rows whose
 * pivot is a small unit (they are zero on every big unit). In reduced form a 0/1 vector of W is
 * the plain sum of the rows at whose pivots it is 1, so the search enumerates sets of W's rows —
 * connected through shared units (a sum over two unconnected parts is computable part by part),
 * whose pivots hold fewer than k people together — and tests whether their sum is a 0/1 vector
 * with fewer than k people. A figure that adds a row with a big pivot leaves W unchanged and is
 * safe without a search, which is the common case: a team has people who are in no other group
 * shown, and they are k or more.
 */

/** One figure the response would like to show: the units whose people it adds up. */
export type CandidateFigure = {
  /** Indices into the problem's `sizes`; a unit listed twice counts once. */
  readonly units: readonly number[];
  /**
   * Shown whatever the rule says, because it was decided (and made safe) elsewhere — for example a
   * group's contributors, when a breakdown's cells add up to them. Fixed figures come first.
   */
  readonly fixed?: boolean;
};

export type ShownProblem = {
  /** The minimum group size. */
  readonly k: number;
  /** The number of contributing people in each unit (whole numbers, 0 allowed). */
  readonly sizes: readonly number[];
  /** The figures, in order of preference: an earlier one is kept rather than a later one. */
  readonly candidates: readonly CandidateFigure[];
  /**
   * How many sets of units the whole problem may examine. Once spent, every further figure that
   * would need a search is suppressed: an unusual organization costs figures, never privacy.
   */
  readonly budget?: number;
};

/** The default search budget of one problem: far more than real organizations need. */
export const DEFAULT_SEARCH_BUDGET = 200_000;

/** A sparse row over column positions: position → non-zero value. */
type Row = Map<number, Rational>;

/**
 * Which candidates may be shown (true) and which are suppressed (false). Greedy in the order
 * given: a figure is shown when it covers at least k people and adding it to the figures already
 * shown makes no set of 1 to k − 1 people computable; otherwise it is suppressed. The result is
 * maximal (showing any suppressed figure as well would break the rule) unless the search budget
 * ran out, and it depends only on the problem, never on timing.
 *
 * @example
 * // A team of 7 (units 0 and 1) beside the same team minus 2 people (unit 1, 5 people), k = 5:
 * chooseShown({ k: 5, sizes: [2, 5], candidates: [{ units: [0, 1] }, { units: [1] }] });
 * // → [true, false]
 */
export function chooseShown(problem: ShownProblem): boolean[] {
  const { k } = problem;
  const space = columnOrder(problem);
  const basis = emptyBasis();
  let budget = problem.budget ?? DEFAULT_SEARCH_BUDGET;
  // With no small unit every pivot is big, so W stays empty and nothing small is ever
  // computable: each figure is shown when it covers k people (most cells of a dashboard).
  const noSmallUnit = space.smallFrom === space.sizeAt.length;

  return problem.candidates.map((candidate) => {
    const vector: Row = new Map();
    let people = 0;
    for (const unit of candidate.units) {
      const position = space.position[unit];
      if (position === undefined || vector.has(position)) continue;
      vector.set(position, ONE);
      people += space.sizeAt[position] ?? 0;
    }
    if (!candidate.fixed && people < k) return false;
    if (noSmallUnit) return true;
    const added = addRow(basis, vector);
    if (added === null || candidate.fixed || added.pivot < space.smallFrom) return true;
    const search = findSmallSet(basis, space, k, budget);
    budget = search.budgetLeft;
    if (search.found) added.undo();
    return !search.found;
  });
}

type ColumnSpace = {
  /** unit → column position; undefined for units nobody is in. */
  position: (number | undefined)[];
  /** column position → people in that unit. */
  sizeAt: number[];
  /** Positions from here on are small units (fewer than k people). */
  smallFrom: number;
};

/**
 * Columns: big units first, then small ones; within each, units in fewer candidates first, so a
 * group's own people tend to become its pivot and the rows stay sparse.
 */
function columnOrder({ k, sizes, candidates }: ShownProblem): ColumnSpace {
  const uses = sizes.map(() => 0);
  // The last candidate that counted each unit: a unit listed twice counts once.
  const countedBy = sizes.map(() => -1);
  candidates.forEach((candidate, c) => {
    for (const unit of candidate.units) {
      if (uses[unit] === undefined || countedBy[unit] === c) continue;
      countedBy[unit] = c;
      uses[unit] += 1;
    }
  });
  const units = sizes.flatMap((size, unit) => {
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`unit ${unit}: size ${size}`);
    return size > 0 ? [unit] : [];
  });
  const big = (unit: number) => (sizes[unit] ?? 0) >= k;
  units.sort((a, b) => Number(big(b)) - Number(big(a)) || (uses[a] ?? 0) - (uses[b] ?? 0) || a - b);
  const position: (number | undefined)[] = sizes.map(() => undefined);
  units.forEach((unit, at) => (position[unit] = at));
  return {
    position,
    sizeAt: units.map((unit) => sizes[unit] ?? 0),
    smallFrom: units.filter(big).length,
  };
}

/**
 * The basis: rows in reduced row echelon form keyed by pivot position, and for each position the
 * rows that are non-zero there, so that adding a row touches only the rows it changes (scanning
 * every row for each figure made a dashboard of thousands of teams quadratic per cell).
 */
type Basis = { rows: Map<number, Row>; holders: Map<number, Set<Row>> };

const emptyBasis = (): Basis => ({ rows: new Map(), holders: new Map() });

/** Sets one entry of a basis row (deletes it when undefined), keeping `holders` in step. */
function setEntry(basis: Basis, row: Row, position: number, value: Rational | undefined) {
  if (value === undefined) {
    row.delete(position);
    basis.holders.get(position)?.delete(row);
    return;
  }
  row.set(position, value);
  let holders = basis.holders.get(position);
  if (!holders) basis.holders.set(position, (holders = new Set()));
  holders.add(row);
}

/**
 * Adds `vector` (used up) to the basis, changing it in place, and returns its pivot with a way to
 * take it out again; null when the vector is already in the span. Changes touch only the new
 * row's entries, so a dense row (the organization's) costs nothing when a team's row is added.
 */
function addRow(basis: Basis, vector: Row): { pivot: number; undo: () => void } | null {
  const reduced = vector;
  const atPivots = [...vector].filter(([position]) => basis.rows.has(position));
  for (const [position, value] of atPivots) {
    subtractScaled(reduced, basis.rows.get(position) as Row, value);
  }
  if (reduced.size === 0) return null;
  let pivot = Infinity;
  for (const position of reduced.keys()) pivot = Math.min(pivot, position);
  const lead = reduced.get(pivot) ?? ONE;
  const row: Row = new Map();
  for (const [position, value] of reduced) row.set(position, div(value, lead));

  // Only the rows non-zero at the new pivot change: other −= factor × row.
  const log: [Row, number, Rational | undefined][] = [];
  for (const other of [...(basis.holders.get(pivot) ?? [])]) {
    const factor = other.get(pivot) as Rational;
    for (const [position, value] of row) {
      const before = other.get(position);
      log.push([other, position, before]);
      const after = sub(before ?? ZERO, mul(factor, value));
      setEntry(basis, other, position, isZero(after) ? undefined : after);
    }
  }
  for (const [position, value] of row) setEntry(basis, row, position, value);
  basis.rows.set(pivot, row);
  const undo = () => {
    basis.rows.delete(pivot);
    for (const position of row.keys()) basis.holders.get(position)?.delete(row);
    for (const [other, position, value] of log.reverse()) setEntry(basis, other, position, value);
  };
  return { pivot, undo };
}

/** target −= factor × row, keeping only non-zero entries (a row outside the basis). */
function subtractScaled(target: Row, row: Row, factor: Rational) {
  for (const [position, value] of row) {
    const result = sub(target.get(position) ?? ZERO, mul(factor, value));
    if (isZero(result)) target.delete(position);
    else target.set(position, result);
  }
}

/**
 * Whether some sum of W's rows (the rows with a small pivot) is a 0/1 vector of 1 to k − 1 people.
 * Enumerates connected sets of rows (ESU: each set once, grown from its smallest row through
 * neighbours above it) whose pivots hold fewer than k people. Running out of budget counts as
 * found.
 */
function findSmallSet(
  { rows: basis }: Basis,
  space: ColumnSpace,
  k: number,
  budget: number,
): { found: boolean; budgetLeft: number } {
  const rows = [...basis]
    .filter(([pivot]) => pivot >= space.smallFrom)
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row);
  const weight = [...basis.keys()]
    .filter((pivot) => pivot >= space.smallFrom)
    .sort((a, b) => a - b)
    .map((pivot) => space.sizeAt[pivot] ?? 0);

  const rowsAt = new Map<number, number[]>();
  rows.forEach((row, index) => {
    for (const position of row.keys()) {
      const list = rowsAt.get(position) ?? [];
      list.push(index);
      rowsAt.set(position, list);
    }
  });
  const neighbours = rows.map((row, index) => {
    const near = new Set<number>();
    for (const position of row.keys()) {
      for (const other of rowsAt.get(position) ?? []) if (other !== index) near.add(other);
    }
    return near;
  });

  const sum: Row = new Map();
  let offValues = 0;
  let people = 0;
  const change = (row: Row, sign: 1 | -1) => {
    for (const [position, value] of row) {
      const before = sum.get(position) ?? ZERO;
      const after = sign === 1 ? add(before, value) : sub(before, value);
      const size = space.sizeAt[position] ?? 0;
      if (!isZero(before) && !isOne(before)) offValues -= 1;
      if (isOne(before)) people -= size;
      if (!isZero(after) && !isOne(after)) offValues += 1;
      if (isOne(after)) people += size;
      if (isZero(after)) sum.delete(position);
      else sum.set(position, after);
    }
  };

  let left = budget;
  const chosen = new Set<number>();
  // Grows `chosen` (connected, smallest row `root`) by the rows of `extension`, one at a time.
  const extend = (root: number, extension: number[], pivotPeople: number): boolean => {
    left -= 1;
    if (left < 0) return true;
    if (offValues === 0 && people > 0 && people < k) return true;
    const pending = [...extension];
    while (pending.length > 0) {
      const next = pending.pop() as number;
      const nextPeople = pivotPeople + (weight[next] ?? 0);
      if (nextPeople >= k) continue;
      const reach = [...pending];
      for (const candidate of neighbours[next] ?? []) {
        if (candidate <= root || chosen.has(candidate) || reach.includes(candidate)) continue;
        if ([...chosen].some((member) => neighbours[member]?.has(candidate))) continue;
        reach.push(candidate);
      }
      chosen.add(next);
      change(rows[next] as Row, 1);
      const found = extend(root, reach, nextPeople);
      change(rows[next] as Row, -1);
      chosen.delete(next);
      if (found) return true;
    }
    return false;
  };

  for (let root = 0; root < rows.length; root += 1) {
    const rootPeople = weight[root] ?? 0;
    if (rootPeople >= k) continue;
    chosen.add(root);
    change(rows[root] as Row, 1);
    const extension = [...(neighbours[root] ?? [])].filter((other) => other > root);
    const found = extend(root, extension, rootPeople);
    change(rows[root] as Row, -1);
    chosen.delete(root);
    if (found) return { found: true, budgetLeft: Math.max(left, 0) };
  }
  return { found: false, budgetLeft: left };
}
