import type { DashboardAtom, DashboardFacts, DashboardMetric } from './anonymity/dashboard';
import { NO_BUCKET, PERCENT_BUCKETS } from './statistics';
import { ATOM_SUM_COLUMNS } from './statistics-summary';

/**
 * Turns the rollups, added up per atom (the contributing people with the same teams), into the
 * facts `suppressDashboard` decides on: each group's figure in each cell, and how many people
 * count in each cell of each atom (docs/decisions/0021-statistics-rollups.md).
 */

/** The weekly sums of one atom in one week, as the rollups give them. */
export type AtomWeek = {
  week: string;
  active: number;
  reflections: number;
  reflectors: number;
  checkIns: number;
  checkers: number;
  minutes: number;
  learners: number;
  requested: number;
  requesters: number;
  given: number;
  givers: number;
  assessments: number;
  tension: number;
  assessors: number;
  moved: number;
  movers: number;
};

/** One atom: its team ids, its cohorts (programs they held a seat in), contributors and sums. */
export type AtomRollup = {
  teamIds: readonly string[];
  /** The programs of the period all of the atom's contributors held a seat in. */
  cohortIds?: readonly string[];
  /** Of them, how many gave up a seat before a program's last day; the others stayed. */
  left?: number;
  contributors: number;
  weeks: readonly AtomWeek[];
  /** People per bucket of mean practice strength, and of mean alignment, over the period. */
  strength: Readonly<Record<string, number>>;
  alignment: Readonly<Record<string, number>>;
  /** Per learning kind: minutes and the people who logged them. */
  learning: Readonly<Record<string, HoursCell>>;
  /** Per learning theme (./learning-themes.ts): minutes and the people who logged them. */
  themes?: Readonly<Record<string, HoursCell>>;
};

/** Minutes of learning in one cell of a breakdown, and how many people logged them. */
export type HoursCell = { minutes: number; people: number };

export const BUCKETS = [...PERCENT_BUCKETS, NO_BUCKET];

/**
 * Each contributor's place in the period's programs: held a seat and kept every seat they took to
 * the program's last day (or hold it still), gave one up before, or took none.
 */
export const PROGRAM_OUTCOMES = ['stayed', 'left', 'none'] as const;

type Weekly = {
  metric: string;
  /** How many of the atom's contributors count in the week's cell. */
  people: (w: AtomWeek) => number;
  /** The figure of a group from its summed weeks. */
  figure: (sum: (pick: (w: AtomWeek) => number) => number) => number;
};

const tenth = (n: number) => Math.round(n * 10) / 10;

const WEEKLY: readonly Weekly[] = [
  { metric: 'activePractitioners', people: (w) => w.active, figure: (s) => s((w) => w.active) },
  { metric: 'reflections', people: (w) => w.reflectors, figure: (s) => s((w) => w.reflections) },
  { metric: 'checkIns', people: (w) => w.checkers, figure: (s) => s((w) => w.checkIns) },
  {
    metric: 'learningHours',
    people: (w) => w.learners,
    figure: (s) => tenth(s((w) => w.minutes) / 60),
  },
  {
    metric: 'feedbackRequested',
    people: (w) => w.requesters,
    figure: (s) => s((w) => w.requested),
  },
  { metric: 'feedbackGiven', people: (w) => w.givers, figure: (s) => s((w) => w.given) },
  {
    metric: 'creativeTension',
    people: (w) => w.assessors,
    figure: (s) => {
      const count = s((w) => w.assessments);
      return count === 0 ? 0 : tenth(s((w) => w.tension) / count);
    },
  },
  { metric: 'movedTowardVision', people: (w) => w.movers, figure: (s) => s((w) => w.moved) },
];

export type FactsInput = {
  k: number;
  org: { id: string };
  teams: readonly { id: string }[];
  /** The programs of the period, each a group: the people who held a seat in it. */
  cohorts?: readonly { id: string }[];
  weeks: readonly string[];
  kinds: readonly string[];
  /** The cells of learning hours by theme (none: the figure has no cells). */
  themes?: readonly string[];
  atoms: readonly AtomRollup[];
};

/**
 * The facts of one response: the organization, its teams and its programs' cohorts as groups, the
 * weekly metrics (cells are weeks, decided independently), the distributions over all
 * contributors (each person in exactly one bucket, "none" included: practice strength, alignment,
 * and the program outcome) and learning hours by kind and by theme, each a breakdown whose cells
 * are decided independently (a person may learn in several). Every atom belongs to the
 * organization.
 */
export function dashboardFacts(input: FactsInput): DashboardFacts {
  const { org, teams, weeks, kinds, atoms } = input;
  const cohorts = input.cohorts ?? [];
  const themes = input.themes ?? [];
  const metrics: DashboardMetric[] = [
    ...WEEKLY.map((w) => ({ id: w.metric, cells: weeks })),
    { id: 'practiceStrength', cells: BUCKETS, addsUpToContributors: true },
    { id: 'alignment', cells: BUCKETS, addsUpToContributors: true },
    { id: 'learningHoursByKind', cells: kinds },
    { id: 'learningHoursByTheme', cells: themes },
    { id: 'programOutcome', cells: [...PROGRAM_OUTCOMES], addsUpToContributors: true },
  ];
  const weekAt = new Map(weeks.map((week, i) => [week, i]));
  // Each atom's rows of the period, by the week's place in it (a week listed twice: the last).
  const rowsAt = new Map<AtomRollup, (AtomWeek | undefined)[]>();
  const outcomes = new Map<AtomRollup, Record<string, number>>();
  const factAtoms: DashboardAtom[] = atoms.map((atom) => {
    const inPeriod = atom.weeks.filter((row) => weekAt.has(row.week));
    const at: (AtomWeek | undefined)[] = weeks.map(() => undefined);
    for (const row of inPeriod) at[weekAt.get(row.week) as number] = row;
    rowsAt.set(atom, at);
    outcomes.set(atom, outcomeOf(atom));
    const cells: Record<string, Record<string, number>> = {};
    for (const w of WEEKLY) {
      cells[w.metric] = Object.fromEntries(inPeriod.map((row) => [row.week, w.people(row)]));
    }
    cells.practiceStrength = { ...atom.strength };
    cells.alignment = { ...atom.alignment };
    cells.learningHoursByKind = peopleIn(atom.learning);
    cells.learningHoursByTheme = peopleIn(atom.themes ?? {});
    cells.programOutcome = outcomes.get(atom) as Record<string, number>;
    return {
      groupIds: [org.id, ...atom.teamIds, ...(atom.cohortIds ?? [])],
      contributors: atom.contributors,
      cells,
    };
  });

  const groupFigures = (members: readonly AtomRollup[]) => {
    // Each week's sums over the members, added in the members' order.
    const sums = weeks.map(() => emptyWeek());
    for (const atom of members) {
      (rowsAt.get(atom) ?? []).forEach((row, i) => {
        if (row) addWeek(sums[i] as AtomWeek, row);
      });
    }
    const figures: Record<string, Record<string, number>> = {};
    for (const w of WEEKLY) {
      figures[w.metric] = Object.fromEntries(
        weeks.map((week, i) => [week, w.figure((pick) => pick(sums[i] as AtomWeek))]),
      );
    }
    const bucketSum = (key: 'strength' | 'alignment') =>
      Object.fromEntries(
        BUCKETS.map((b) => [b, members.reduce((sum, a) => sum + (a[key][b] ?? 0), 0)]),
      );
    figures.practiceStrength = bucketSum('strength');
    figures.alignment = bucketSum('alignment');
    figures.learningHoursByKind = hoursIn(members, kinds, (a) => a.learning);
    figures.learningHoursByTheme = hoursIn(members, themes, (a) => a.themes ?? {});
    figures.programOutcome = Object.fromEntries(
      PROGRAM_OUTCOMES.map((cell) => [
        cell,
        members.reduce((sum, a) => sum + (outcomes.get(a)?.[cell] ?? 0), 0),
      ]),
    );
    return figures;
  };

  const teamAtoms = atomsByGroup(atoms, (a) => a.teamIds);
  const cohortAtoms = atomsByGroup(atoms, (a) => a.cohortIds ?? []);
  return {
    k: input.k,
    metrics,
    atoms: factAtoms,
    groups: [
      { id: org.id, kind: 'org', figures: groupFigures(atoms) },
      ...teams.map((team) => ({
        id: team.id,
        kind: 'team' as const,
        figures: groupFigures(teamAtoms.get(team.id) ?? []),
      })),
      ...cohorts.map((cohort) => ({
        id: cohort.id,
        kind: 'cohort' as const,
        figures: groupFigures(cohortAtoms.get(cohort.id) ?? []),
      })),
    ],
  };
}

/** Each group's atoms, in the atoms' order (an atom listing a group twice is in it once). */
function atomsByGroup(
  atoms: readonly AtomRollup[],
  groupsOf: (atom: AtomRollup) => readonly string[],
) {
  const members = new Map<string, AtomRollup[]>();
  for (const atom of atoms) {
    for (const id of new Set(groupsOf(atom))) {
      const list = members.get(id) ?? [];
      list.push(atom);
      members.set(id, list);
    }
  }
  return members;
}

const emptyWeek = (): AtomWeek =>
  ({ week: '', ...Object.fromEntries(ATOM_SUM_COLUMNS.map((key) => [key, 0])) }) as AtomWeek;

/** into += row, field by field. */
function addWeek(into: AtomWeek, row: AtomWeek) {
  for (const key of ATOM_SUM_COLUMNS) into[key] += row[key];
}

/** How many of an atom's people count in each cell of an hours breakdown. */
const peopleIn = (cells: Readonly<Record<string, HoursCell>>) =>
  Object.fromEntries(Object.entries(cells).map(([cell, hours]) => [cell, hours.people]));

/** A group's hours in each cell of a breakdown, to a tenth, from its atoms' minutes. */
function hoursIn(
  members: readonly AtomRollup[],
  cells: readonly string[],
  breakdown: (atom: AtomRollup) => Readonly<Record<string, HoursCell>>,
): Record<string, number> {
  return Object.fromEntries(
    cells.map((cell) => [
      cell,
      tenth(members.reduce((sum, a) => sum + (breakdown(a)[cell]?.minutes ?? 0), 0) / 60),
    ]),
  );
}

/** How many of an atom's contributors stayed, left or took no seat (they share their cohorts). */
function outcomeOf(atom: AtomRollup): Record<string, number> {
  if ((atom.cohortIds ?? []).length === 0) return { none: atom.contributors };
  const left = Math.min(atom.left ?? 0, atom.contributors);
  return { stayed: atom.contributors - left, left };
}
