import type { AtomWeek } from './dashboard-facts';
import type { PersonWeek } from './statistics';

/**
 * The statistics summary kept per atom and week (docs/decisions/0049-statistics-summary.md):
 * what one person's kept week adds to their atom's week, the running sums that give a person's
 * mean strength and alignment over any period from two rows, and the atom's signature.
 */

/** The summed columns of an atom's week (everything of `AtomWeek` but the week). */
export type AtomSums = Omit<AtomWeek, 'week'>;

export const ATOM_SUM_COLUMNS = [
  'active',
  'reflections',
  'reflectors',
  'checkIns',
  'checkers',
  'minutes',
  'learners',
  'requested',
  'requesters',
  'given',
  'givers',
  'assessments',
  'tension',
  'assessors',
  'moved',
  'movers',
] as const satisfies readonly (keyof AtomSums)[];

const one = (n: number) => (n > 0 ? 1 : 0);

/** What one person's kept week adds to their atom's week: a kept week is an active one. */
export function contributionOf(week: PersonWeek): AtomSums {
  return {
    active: 1,
    reflections: week.reflections,
    reflectors: one(week.reflections),
    checkIns: week.checkIns,
    checkers: one(week.checkIns),
    minutes: week.learningMinutes,
    learners: one(week.learningMinutes),
    requested: week.feedbackRequested,
    requesters: one(week.feedbackRequested),
    given: week.feedbackGiven,
    givers: one(week.feedbackGiven),
    assessments: week.assessments,
    tension: week.tensionSum,
    assessors: one(week.assessments),
    moved: week.movedToward,
    movers: one(week.movedToward),
  };
}

/** `a + sign · b`, column by column; `b` missing counts as zeros. */
export function addSums(a: AtomSums | undefined, b: AtomSums | undefined, sign = 1): AtomSums {
  return Object.fromEntries(
    ATOM_SUM_COLUMNS.map((c) => [c, (a?.[c] ?? 0) + sign * (b?.[c] ?? 0)]),
  ) as AtomSums;
}

/** True when every column is zero (the week holds nobody). */
export const isEmptySums = (sums: AtomSums) => ATOM_SUM_COLUMNS.every((c) => sums[c] === 0);

/**
 * A person's running sums through a week: strength and alignment summed over their kept weeks
 * up to and including it, and how many of those weeks had a figure. The mean over a period is
 * `(at its last week − before its first week) / (weeks likewise)`, the same as averaging the
 * period's weeks that have a figure.
 */
export type RunningSums = {
  strengthTotal: number;
  strengthWeeks: number;
  alignmentTotal: number;
  alignmentWeeks: number;
};

export const NO_RUNNING_SUMS: RunningSums = {
  strengthTotal: 0,
  strengthWeeks: 0,
  alignmentTotal: 0,
  alignmentWeeks: 0,
};

/**
 * Running totals are kept to `RUNNING_DECIMALS` places: summed one week at a time here and by a
 * window function in SQL (which may add more exactly), the last binary digits would differ, and
 * a rebuilt summary must equal a kept one. Weekly figures have one decimal, so nothing is lost.
 */
export const RUNNING_DECIMALS = 6;
const keptTotal = (x: number) => Math.round(x * 10 ** RUNNING_DECIMALS) / 10 ** RUNNING_DECIMALS;

/**
 * Each week with the running sums through it, starting from `base` (the sums through the week
 * before the first): weeks must come oldest first.
 * Example: strengths 40, null, 60 from zero → totals 40, 40, 100 and weeks 1, 1, 2.
 */
export function withRunningSums<W extends Pick<PersonWeek, 'strength' | 'alignment'>>(
  weeks: readonly W[],
  base: RunningSums = NO_RUNNING_SUMS,
): (W & RunningSums)[] {
  let sums = { ...base };
  return weeks.map((week) => {
    sums = {
      strengthTotal: keptTotal(sums.strengthTotal + (week.strength ?? 0)),
      strengthWeeks: sums.strengthWeeks + (week.strength === null ? 0 : 1),
      alignmentTotal: keptTotal(sums.alignmentTotal + (week.alignment ?? 0)),
      alignmentWeeks: sums.alignmentWeeks + (week.alignment === null ? 0 : 1),
    };
    return { ...week, ...sums };
  });
}

/**
 * The atom's signature: its teams and the programs its people held a seat in, each sorted and
 * joined by commas, the two lists joined by '|'. Equal sets give equal signatures.
 * Example: `atomSignature(['t2', 't1'], [])` → `'t1,t2|'`.
 */
export function atomSignature(teamIds: readonly string[], programIds: readonly string[]): string {
  const list = (ids: readonly string[]) => [...new Set(ids)].sort().join(',');
  return `${list(teamIds)}|${list(programIds)}`;
}

/** The teams and programs of a signature. */
export function signatureParts(signature: string): { teamIds: string[]; programIds: string[] } {
  const [teams = '', programs = ''] = signature.split('|');
  const ids = (list: string) => (list === '' ? [] : list.split(','));
  return { teamIds: ids(teams), programIds: ids(programs) };
}

/**
 * A kept signature as a period sees it: only the period's programs are cohorts, so atoms that
 * differ only in other programs are one atom there.
 */
export function signatureInPeriod(signature: string, periodPrograms: ReadonlySet<string>): string {
  const { teamIds, programIds } = signatureParts(signature);
  return atomSignature(
    teamIds,
    programIds.filter((id) => periodPrograms.has(id)),
  );
}
