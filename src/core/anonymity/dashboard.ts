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
    facts.groups.map((g) => g.id),
    'group',
  );
  checkUnique(
    facts.metrics.map((m) => m.id),
    'metric',
  );
  const atoms = mergeAtoms(facts);
  const sizeOf = (group: DashboardGroup) =>
    atoms.reduce((total, atom) => total + (atom.groupIds.has(group.id) ? atom.contributors : 0), 0);
  const order = [...facts.groups].sort(
    (a, b) =>
      Number(b.kind === 'org') - Number(a.kind === 'org') ||
      sizeOf(b) - sizeOf(a) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const membersOf = (group: DashboardGroup) =>
    atoms.flatMap((atom, index) => (atom.groupIds.has(group.id) ? [index] : []));
  const members = new Map(order.map((group) => [group.id, membersOf(group)]));
  const groupShown = chooseShown({
    k,
    sizes: atoms.map((atom) => atom.contributors),
    candidates: order.map((group) => ({ units: members.get(group.id) ?? [] })),
    budget,
  });
  const shownGroups = order.filter((_, i) => groupShown[i]);

  const cellShown = new Map<string, boolean>();
  const key = (groupId: string, metricId: string, cell: string) =>
    JSON.stringify([groupId, metricId, cell]);
  for (const metric of facts.metrics) {
    checkUnique(metric.cells, `cell of ${metric.id}`);
    const count = (atom: MergedAtom, cell: string) => atom.cells.get(metric.id)?.get(cell) ?? 0;
    if (!metric.addsUpToContributors) {
      for (const cell of metric.cells) {
        const shown = chooseShown({
          k,
          sizes: atoms.map((atom) => count(atom, cell)),
          candidates: shownGroups.map((group) => ({ units: members.get(group.id) ?? [] })),
          budget,
        });
        shownGroups.forEach((group, i) =>
          cellShown.set(key(group.id, metric.id, cell), !!shown[i]),
        );
      }
      continue;
    }
    // Units are atom × cell; each group's contributors are the fixed sum of its units.
    const width = metric.cells.length;
    atoms.forEach((atom, a) => {
      const total = metric.cells.reduce((sum, cell) => sum + count(atom, cell), 0);
      if (total !== atom.contributors) {
        throw new RangeError(
          `${metric.id}: atom ${a}'s cells add up to ${total}, not ${atom.contributors}`,
        );
      }
    });
    const unitsOf = (group: DashboardGroup, cells: readonly number[]) =>
      (members.get(group.id) ?? []).flatMap((a) => cells.map((c) => a * width + c));
    const allCells = metric.cells.map((_, c) => c);
    const fixed: CandidateFigure[] = shownGroups.map((group) => ({
      units: unitsOf(group, allCells),
      fixed: true,
    }));
    const asked: { group: DashboardGroup; cell: string; figure: CandidateFigure }[] = [];
    for (const group of shownGroups) {
      const people = (c: number) =>
        (members.get(group.id) ?? []).reduce(
          (sum, a) => sum + count(atoms[a] as MergedAtom, metric.cells[c] as string),
          0,
        );
      const cells = [...allCells].sort(
        (a, b) =>
          people(b) - people(a) ||
          ((metric.cells[a] as string) < (metric.cells[b] as string) ? -1 : 1),
      );
      for (const c of cells) {
        asked.push({
          group,
          cell: metric.cells[c] as string,
          figure: { units: unitsOf(group, [c]) },
        });
      }
    }
    const shown = chooseShown({
      k,
      sizes: atoms.flatMap((atom) => metric.cells.map((cell) => count(atom, cell))),
      candidates: [...fixed, ...asked.map((a) => a.figure)],
      budget,
    }).slice(fixed.length);
    asked.forEach((a, i) => cellShown.set(key(a.group.id, metric.id, a.cell), !!shown[i]));
  }

  const shownIds = new Set(shownGroups.map((group) => group.id));
  return facts.groups.map((group) => {
    const suppressed = !shownIds.has(group.id);
    const figures: Record<string, Record<string, ShownFigure>> = {};
    for (const metric of facts.metrics) {
      const cells: Record<string, ShownFigure> = {};
      for (const cell of metric.cells) {
        cells[cell] =
          !suppressed && cellShown.get(key(group.id, metric.id, cell))
            ? { value: group.figures[metric.id]?.[cell] ?? 0, suppressed: false }
            : SUPPRESSED;
      }
      figures[metric.id] = cells;
    }
    return {
      id: group.id,
      kind: group.kind,
      suppressed,
      contributors: suppressed ? null : sizeOf(group),
      figures,
    };
  });
}

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
  return [...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, atom]) => atom);
}

function checkCount(count: number, what: string) {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`${what}: ${count}`);
}

function checkUnique(ids: readonly string[], what: string) {
  if (new Set(ids).size !== ids.length) throw new RangeError(`a ${what} is listed twice`);
}
