import { chooseShown, type CandidateFigure } from './choose-shown';
import { isMinGroupSize } from './min-group-size';

/**
 * Suppression for one anonymous dashboard response (docs/decisions/0017-anonymous-aggregates.md):
 * which groups, breakdown cells and time buckets may show a figure, decided in one call so that
 * no combination of what the response shows is about fewer than k people.
 *
 * The input is aggregated, never raw rows: the server keeps rollups per *atom* — the contributing
 * people who share exactly the same memberships among the groups shown — so the work depends on
 * the number of groups and atoms, not on the number of people.
 */

export type GroupKind = 'org' | 'team' | 'cohort';

/** numbers[metricId][cellId] — a week, a bucket of a distribution, a theme… */
export type CellNumbers = Readonly<Record<string, Readonly<Record<string, number>>>>;

export type DashboardGroup = {
  readonly id: string;
  readonly kind: GroupKind;
  /**
   * The group's figure in each cell, as its rollups give it: a count, a sum, or a mean over the
   * cell's contributors. A cell left out is 0.
   */
  readonly figures: CellNumbers;
};

/** The contributing people with one set of memberships among the response's groups. */
export type DashboardAtom = {
  /** The groups of the response these people belong to; atoms with the same set are merged. */
  readonly groupIds: readonly string[];
  /** How many of them contribute to anonymous statistics (opted in). */
  readonly contributors: number;
  /** cells[metricId][cellId]: how many of those contributors count in that cell; left out is 0. */
  readonly cells: CellNumbers;
};

export type DashboardMetric = {
  readonly id: string;
  /** The metric's cells: weeks of a time series, buckets of a distribution, themes… */
  readonly cells: readonly string[];
  /**
   * Each contributor counts in exactly one cell (a distribution over all contributors), so the
   * cells add up to the group's contributors, which the response shows: the cells are then
   * decided together with that total, so a suppressed cell cannot be had as the total minus the
   * cells shown.
   */
  readonly addsUpToContributors?: boolean;
};

export type DashboardFacts = {
  /** The organization's minimum group size. */
  readonly k: number;
  /** Every group the response shows: the organization, its teams, cohorts. */
  readonly groups: readonly DashboardGroup[];
  readonly metrics: readonly DashboardMetric[];
  readonly atoms: readonly DashboardAtom[];
  /** The search budget of each decision (see chooseShown); the default suits real organizations. */
  readonly budget?: number;
};

/** A figure as the API shows it: a number, or null and suppressed — never a zero in its place. */
export type ShownFigure = { value: number; suppressed: false } | { value: null; suppressed: true };

export type AnonymousGroup = {
  id: string;
  kind: GroupKind;
  suppressed: boolean;
  /** The group's contributing people, or null when the group is suppressed. */
  contributors: number | null;
  /** figures[metricId][cellId] for every metric and cell; all suppressed when the group is. */
  figures: Record<string, Record<string, ShownFigure>>;
};

const SUPPRESSED: ShownFigure = { value: null, suppressed: true };

/**
 * What one dashboard response may show. A group, cell or bucket with fewer than k contributing
 * people is suppressed; so is whatever would let a set of fewer than k people be computed from
 * the figures shown together (a team beside the same team minus a few, the organization beside
 * teams that cover all but a few, a cell of a team beside the same cell of the organization).
 * Groups are decided first, on their contributors, then each metric's cells among the groups
 * shown. Where something must go, the organization is kept first, then larger groups (then
 * smaller ids), and within a group larger cells. The answer lists the groups in the order given
 * and depends on the facts alone, not on the order they come in.
 */
export function suppressDashboard(facts: DashboardFacts): AnonymousGroup[] {
  const { k, budget } = facts;
  if (!isMinGroupSize(k)) throw new RangeError(`not a minimum group size: ${k}`);
  checkUnique(
    facts.groups.map((group) => group.id),
    'group',
  );
  checkUnique(
    facts.metrics.map((metric) => metric.id),
    'metric',
  );
  const atoms = mergeAtoms(facts);
  const members = new Map(facts.groups.map((group) => [group.id, [] as number[]]));
  const contributors = new Map(facts.groups.map((group) => [group.id, 0]));
  atoms.forEach((atom, index) => {
    for (const id of atom.groupIds) {
      members.get(id)?.push(index);
      contributors.set(id, (contributors.get(id) ?? 0) + atom.contributors);
    }
  });
  const order = [...facts.groups]
    .map((group) => ({
      id: group.id,
      org: group.kind === 'org',
      size: contributors.get(group.id) ?? 0,
    }))
    .sort((a, b) => Number(b.org) - Number(a.org) || b.size - a.size || compareText(a.id, b.id))
    .map(({ id }) => ({ id, units: members.get(id) ?? [] }));
  const groupShown = chooseShown({
    k,
    sizes: atoms.map((atom) => atom.contributors),
    candidates: order,
    budget,
  });
  const shownGroups = order.filter((_, i) => groupShown[i]);

  // group → metric → its cells shown.
  const cellsShown = new Map<string, Map<string, Set<string>>>();
  for (const metric of facts.metrics) {
    checkUnique(metric.cells, `cell of ${metric.id}`);
    const decide = metric.addsUpToContributors ? decideDistribution : decideCells;
    for (const [groupId, cell] of decide({ k, budget, metric, atoms, groups: shownGroups })) {
      const byMetric = cellsShown.get(groupId) ?? new Map<string, Set<string>>();
      cellsShown.set(groupId, byMetric);
      const cells = byMetric.get(metric.id) ?? new Set<string>();
      byMetric.set(metric.id, cells);
      cells.add(cell);
    }
  }

  const placeInOrder = new Map(order.map((o, i) => [o.id, i]));
  return facts.groups.map((group) => {
    const suppressed = !groupShown[placeInOrder.get(group.id) as number];
    const figures: Record<string, Record<string, ShownFigure>> = {};
    for (const metric of facts.metrics) {
      const shownHere = suppressed ? undefined : cellsShown.get(group.id)?.get(metric.id);
      const cells: Record<string, ShownFigure> = {};
      for (const cell of metric.cells) {
        cells[cell] = shownHere?.has(cell)
          ? { value: group.figures[metric.id]?.[cell] ?? 0, suppressed: false }
          : SUPPRESSED;
      }
      figures[metric.id] = cells;
    }
    return {
      id: group.id,
      kind: group.kind,
      suppressed,
      contributors: suppressed ? null : (contributors.get(group.id) ?? 0),
      figures,
    };
  });
}

/** A group shown, with the atoms it adds up, in order of preference. */
type ShownGroup = { id: string; units: readonly number[] };

const countIn = (atom: MergedAtom, metric: DashboardMetric, cell: string) =>
  atom.cells.get(metric.id)?.get(cell) ?? 0;

/** One metric's cells to decide among the groups shown. */
type MetricProblem = {
  k: number;
  budget: number | undefined;
  metric: DashboardMetric;
  atoms: readonly MergedAtom[];
  groups: readonly ShownGroup[];
};

/** The (group, cell) pairs of a metric whose cells are independent: one decision per cell. */
function decideCells({ k, budget, metric, atoms, groups }: MetricProblem): [string, string][] {
  return metric.cells.flatMap((cell) => {
    const sizes = atoms.map((atom) => countIn(atom, metric, cell));
    const shown = chooseShown({ k, sizes, candidates: groups, budget });
    return groups.flatMap((group, i): [string, string][] => (shown[i] ? [[group.id, cell]] : []));
  });
}

/**
 * The (group, cell) pairs of a distribution over all contributors, decided in one problem over
 * atom × cell units, with each group's contributors (the sum of its cells) shown as fixed.
 * Within a group, larger cells come first.
 */
function decideDistribution({
  k,
  budget,
  metric,
  atoms,
  groups,
}: MetricProblem): [string, string][] {
  const width = metric.cells.length;
  const sizes = atoms.flatMap((atom, a) => {
    const counts = metric.cells.map((cell) => countIn(atom, metric, cell));
    const total = counts.reduce((sum, count) => sum + count, 0);
    if (total !== atom.contributors) {
      throw new RangeError(`${metric.id}: atom ${a} has ${atom.contributors}, its cells ${total}`);
    }
    return counts;
  });
  const unitsOf = (group: ShownGroup, cells: readonly number[]) =>
    group.units.flatMap((a) => cells.map((c) => a * width + c));
  const everyCell = metric.cells.map((_, c) => c);
  const fixed: CandidateFigure[] = groups.map((group) => ({
    units: unitsOf(group, everyCell),
    fixed: true,
  }));
  const asked = groups.flatMap((group) => {
    const people = everyCell.map((c) =>
      group.units.reduce((sum, a) => sum + (sizes[a * width + c] ?? 0), 0),
    );
    return [...everyCell]
      .sort(
        (a, b) =>
          (people[b] ?? 0) - (people[a] ?? 0) ||
          compareText(metric.cells[a] as string, metric.cells[b] as string),
      )
      .map((c) => ({
        groupId: group.id,
        cell: metric.cells[c] as string,
        units: unitsOf(group, [c]),
      }));
  });
  const shown = chooseShown({ k, sizes, candidates: [...fixed, ...asked], budget });
  return asked.flatMap((a, i): [string, string][] =>
    shown[fixed.length + i] ? [[a.groupId, a.cell]] : [],
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type MergedAtom = {
  groupIds: Set<string>;
  contributors: number;
  cells: Map<string, Map<string, number>>;
};

/**
 * Atoms keyed by their memberships among the response's groups (others are ignored), merged
 * where those are the same and sorted by them, so the order atoms came in changes nothing.
 * Atoms in none of the groups are dropped.
 */
function mergeAtoms(facts: DashboardFacts): MergedAtom[] {
  const known = new Set(facts.groups.map((group) => group.id));
  const merged = new Map<string, MergedAtom>();
  for (const atom of facts.atoms) {
    checkCount(atom.contributors, 'contributors');
    const ids = [...new Set(atom.groupIds.filter((id) => known.has(id)))].sort();
    if (ids.length === 0) continue;
    const signature = JSON.stringify(ids);
    const into = merged.get(signature) ?? {
      groupIds: new Set(ids),
      contributors: 0,
      cells: new Map<string, Map<string, number>>(),
    };
    into.contributors += atom.contributors;
    for (const [metricId, cells] of Object.entries(atom.cells)) {
      const counts = into.cells.get(metricId) ?? new Map<string, number>();
      for (const [cell, count] of Object.entries(cells)) {
        checkCount(count, `${metricId}/${cell}`);
        if (count > atom.contributors) {
          throw new RangeError(
            `${metricId}/${cell}: ${count} of ${atom.contributors} contributors`,
          );
        }
        counts.set(cell, (counts.get(cell) ?? 0) + count);
      }
      into.cells.set(metricId, counts);
    }
    merged.set(signature, into);
  }
  return [...merged].sort(([a], [b]) => compareText(a, b)).map(([, atom]) => atom);
}

function checkCount(count: number, what: string) {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`${what}: ${count}`);
}

function checkUnique(ids: readonly string[], what: string) {
  if (new Set(ids).size !== ids.length) throw new RangeError(`a ${what} is listed twice`);
}
