import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallComputableSet } from './anonymity/brute-force.fixtures';
import { type AnonymousGroup, suppressDashboard } from './anonymity/dashboard';
import { type AtomRollup, dashboardFacts, PROGRAM_OUTCOMES } from './dashboard-facts';

/** Someone in a random organization: teams, the programs they held a seat in, and whether they left one. */
type Person = { teams: number[]; cohorts: number[]; left: boolean; optedIn: boolean };
type Org = { k: number; teams: number; cohorts: number; people: Person[] };

const TEAM = (t: number) => `team-${t}`;
const COHORT = (c: number) => `program-${c}`;

const org: fc.Arbitrary<Org> = fc
  .record({
    k: fc.integer({ min: 3, max: 6 }),
    teams: fc.integer({ min: 0, max: 2 }),
    cohorts: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ k, teams, cohorts }) =>
    fc.record({
      k: fc.constant(k),
      teams: fc.constant(teams),
      cohorts: fc.constant(cohorts),
      people: fc.array(
        fc.record({
          teams: fc.subarray(Array.from({ length: teams }, (_, t) => t)),
          cohorts: fc.subarray(Array.from({ length: cohorts }, (_, c) => c)),
          left: fc.boolean(),
          optedIn: fc.nat({ max: 5 }).map((n) => n > 0),
        }),
        { maxLength: 14 },
      ),
    }),
  );

const signature = (p: Person) => `${p.teams.join(',')}|${p.cohorts.join(',')}`;
const groupsOf = (p: Person) => ['org', ...p.teams.map(TEAM), ...p.cohorts.map(COHORT)];
const outcomeOf = (p: Person) => (p.cohorts.length === 0 ? 'none' : p.left ? 'left' : 'stayed');

/** The contributors with the same teams and cohorts, built apart from the code under test. */
function unitsOf(people: readonly Person[]) {
  const units = new Map<string, Person[]>();
  for (const p of people.filter((q) => q.optedIn)) {
    units.set(signature(p), [...(units.get(signature(p)) ?? []), p]);
  }
  return [...units.values()];
}

function decide(o: Org) {
  const atoms: AtomRollup[] = unitsOf(o.people).map((unit) => {
    const first = unit[0] as Person;
    return {
      teamIds: first.teams.map(TEAM),
      cohortIds: first.cohorts.map(COHORT),
      left: unit.filter((p) => p.cohorts.length > 0 && p.left).length,
      contributors: unit.length,
      weeks: [],
      strength: { none: unit.length },
      alignment: { none: unit.length },
      learning: {},
    };
  });
  return suppressDashboard(
    dashboardFacts({
      k: o.k,
      org: { id: 'org' },
      teams: Array.from({ length: o.teams }, (_, t) => ({ id: TEAM(t) })),
      cohorts: Array.from({ length: o.cohorts }, (_, c) => ({ id: COHORT(c) })),
      weeks: [],
      kinds: [],
      atoms,
    }),
  );
}

/** No set of 1 to k − 1 contributors can be computed from the groups and program outcomes shown. */
function expectNothingSmallComputable(o: Org, shown: readonly AnonymousGroup[]) {
  const units = unitsOf(o.people);
  const unitsIn = (id: string) =>
    units.flatMap((unit, u) => (groupsOf(unit[0] as Person).includes(id) ? [u] : []));
  const visible = shown.filter((g) => !g.suppressed);
  expect(
    smallComputableSet(
      o.k,
      units.map((unit) => unit.length),
      visible.map((g) => unitsIn(g.id)),
    ),
  ).toBeNull();
  // The outcome: units are unit × outcome; a group's contributors add up all of its outcomes.
  const n = PROGRAM_OUTCOMES.length;
  const sizes = units.flatMap((unit) =>
    PROGRAM_OUTCOMES.map((cell) => unit.filter((p) => outcomeOf(p) === cell).length),
  );
  const rows = visible.flatMap((g) => [
    unitsIn(g.id).flatMap((u) => PROGRAM_OUTCOMES.map((_, c) => u * n + c)),
    ...PROGRAM_OUTCOMES.flatMap((cell, c) =>
      g.figures.programOutcome?.[cell]?.suppressed ? [] : [unitsIn(g.id).map((u) => u * n + c)],
    ),
  ]);
  expect(smallComputableSet(o.k, sizes, rows)).toBeNull();
}

describe('program cohorts on the anonymous dashboard', () => {
  it('never lets fewer than k contributors be computed from teams, cohorts and program outcomes', () => {
    fc.assert(
      fc.property(org, (o) => expectNothingSmallComputable(o, decide(o))),
      { numRuns: 300 },
    );
  });

  it('shows a cohort’s contributors and outcome as they are, or null and suppressed', () => {
    fc.assert(
      fc.property(org, (o) => {
        for (const group of decide(o)) {
          const members = o.people.filter((p) => p.optedIn && groupsOf(p).includes(group.id));
          if (group.suppressed) {
            expect(group.contributors).toBeNull();
            continue;
          }
          expect(group.contributors).toBe(members.length);
          expect(members.length).toBeGreaterThanOrEqual(o.k);
          for (const cell of PROGRAM_OUTCOMES) {
            const figure = group.figures.programOutcome?.[cell];
            const count = members.filter((p) => outcomeOf(p) === cell).length;
            if (figure?.suppressed) expect(figure.value).toBeNull();
            else {
              expect(figure?.value).toBe(count);
              expect(count).toBeGreaterThanOrEqual(o.k);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('suppresses a cohort or a team that differs from a larger group by fewer than k', () => {
    // k = 5. Program X: P1…P8; program Y: P1…P6 (X minus 2); program Z: P9…P11 (3);
    // team T: P1…P7 (X minus 1); P12…P15 in no program. P8 left X early.
    const person = (i: number): Person => ({
      teams: i <= 7 ? [0] : [],
      cohorts: [...(i <= 8 ? [0] : []), ...(i <= 6 ? [1] : []), ...(i >= 9 && i <= 11 ? [2] : [])],
      left: i === 8,
      optedIn: true,
    });
    const crafted: Org = {
      k: 5,
      teams: 1,
      cohorts: 3,
      people: Array.from({ length: 15 }, (_, i) => person(i + 1)),
    };
    const decided = decide(crafted);
    const byId = Object.fromEntries(decided.map((g) => [g.id, g]));
    expect(byId.org).toMatchObject({ suppressed: false, contributors: 15 });
    expect(byId[COHORT(0)]).toMatchObject({ suppressed: false, contributors: 8 });
    expect(byId[COHORT(1)]).toMatchObject({ suppressed: true, contributors: null });
    expect(byId[COHORT(2)]).toMatchObject({ suppressed: true, contributors: null });
    expect(byId[TEAM(0)]).toMatchObject({ suppressed: true, contributors: null });
    // X: 7 stayed, 1 left — the 1 is suppressed, and so is "stayed" (8 − 7 would give it).
    expect(byId[COHORT(0)]?.figures.programOutcome?.left).toEqual({
      value: null,
      suppressed: true,
    });
    expect(byId[COHORT(0)]?.figures.programOutcome?.stayed?.suppressed).toBe(true);
    expectNothingSmallComputable(crafted, decided);
  });
});
