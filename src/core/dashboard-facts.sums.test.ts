import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AtomRollup, type AtomWeek, BUCKETS, dashboardFacts } from './dashboard-facts';
import { ATOM_SUM_COLUMNS } from './statistics-summary';

/**
 * Each group's figures against a plain computation from the atoms: for every group, cell and
 * week, its member atoms' rows added one by one in the atoms' order, so the floating-point sums
 * must be equal, not close (`toStrictEqual` tells 0 from −0 and compares every number exactly).
 */

const WEEKS = ['2026-W01', '2026-W02', '2026-W03', '2026-W04'];
const TEAMS = ['t0', 't1', 't2'];
const COHORTS = ['c0', 'c1'];
const KINDS = ['book', 'course'];

const week: fc.Arbitrary<AtomWeek> = fc
  .record({
    week: fc.constantFrom(...WEEKS, '2025-W52', '2026-W09'),
    ...Object.fromEntries(
      ATOM_SUM_COLUMNS.map((c) => [
        c,
        c === 'tension' || c === 'minutes'
          ? fc.double({ min: 0, max: 500, noNaN: true })
          : fc.nat({ max: 20 }),
      ]),
    ),
  })
  .map((w) => w as AtomWeek);

const hours = fc.dictionary(
  fc.constantFrom(...KINDS, 'other'),
  fc.record({ minutes: fc.double({ min: 0, max: 900, noNaN: true }), people: fc.nat({ max: 5 }) }),
);

const atom: fc.Arbitrary<AtomRollup> = fc.record({
  teamIds: fc.array(fc.constantFrom(...TEAMS, 'elsewhere'), { maxLength: 3 }),
  cohortIds: fc.array(fc.constantFrom(...COHORTS), { maxLength: 2 }),
  left: fc.nat({ max: 3 }),
  contributors: fc.nat({ max: 12 }),
  weeks: fc.array(week, { maxLength: 6 }),
  strength: fc.dictionary(fc.constantFrom(...BUCKETS), fc.nat({ max: 6 })),
  alignment: fc.dictionary(fc.constantFrom(...BUCKETS), fc.nat({ max: 6 })),
  learning: hours,
  themes: hours,
});

const tenth = (n: number) => Math.round(n * 10) / 10;

/** A group's figures, computed plainly from its member atoms. */
function plainFigures(members: readonly AtomRollup[]) {
  const weekly = (week: string) => {
    // The last row of a week counts, as a map keyed by week would keep it.
    const rows = members.flatMap((a) => a.weeks.filter((w) => w.week === week).slice(-1));
    const s = (pick: (w: AtomWeek) => number) => rows.reduce((sum, w) => sum + pick(w), 0);
    const assessments = s((w) => w.assessments);
    return {
      activePractitioners: s((w) => w.active),
      reflections: s((w) => w.reflections),
      checkIns: s((w) => w.checkIns),
      learningHours: tenth(s((w) => w.minutes) / 60),
      feedbackRequested: s((w) => w.requested),
      feedbackGiven: s((w) => w.given),
      creativeTension: assessments === 0 ? 0 : tenth(s((w) => w.tension) / assessments),
      movedTowardVision: s((w) => w.moved),
    };
  };
  const figures: Record<string, Record<string, number>> = {};
  for (const w of WEEKS) {
    for (const [metric, value] of Object.entries(weekly(w))) {
      figures[metric] = { ...figures[metric], [w]: value };
    }
  }
  const sum = (of: (a: AtomRollup) => number) => members.reduce((total, a) => total + of(a), 0);
  figures.practiceStrength = Object.fromEntries(
    BUCKETS.map((b) => [b, sum((a) => a.strength[b] ?? 0)]),
  );
  figures.alignment = Object.fromEntries(BUCKETS.map((b) => [b, sum((a) => a.alignment[b] ?? 0)]));
  figures.learningHoursByKind = Object.fromEntries(
    KINDS.map((kind) => [kind, tenth(sum((a) => a.learning[kind]?.minutes ?? 0) / 60)]),
  );
  figures.learningHoursByTheme = {};
  const inCohort = (a: AtomRollup) => (a.cohortIds ?? []).length > 0;
  const left = (a: AtomRollup) => Math.min(a.left ?? 0, a.contributors);
  figures.programOutcome = {
    stayed: sum((a) => (inCohort(a) ? a.contributors - left(a) : 0)),
    left: sum((a) => (inCohort(a) ? left(a) : 0)),
    none: sum((a) => (inCohort(a) ? 0 : a.contributors)),
  };
  return figures;
}

describe('a dashboard group’s figures', () => {
  it('are its member atoms’ rows added up in order, whatever teams and cohorts overlap', () => {
    fc.assert(
      fc.property(fc.array(atom, { maxLength: 8 }), (atoms) => {
        const facts = dashboardFacts({
          k: 3,
          org: { id: 'org' },
          teams: TEAMS.map((id) => ({ id })),
          cohorts: COHORTS.map((id) => ({ id })),
          weeks: WEEKS,
          kinds: KINDS,
          atoms,
        });
        const membersOf = (id: string, kind: string) =>
          kind === 'org'
            ? atoms
            : atoms.filter((a) => (kind === 'team' ? a.teamIds : (a.cohortIds ?? [])).includes(id));
        for (const group of facts.groups) {
          expect(group.figures).toStrictEqual(plainFigures(membersOf(group.id, group.kind)));
        }
      }),
      { numRuns: 400 },
    );
  });
});
