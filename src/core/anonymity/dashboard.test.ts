import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallComputableSet } from './brute-force.fixtures';
import {
  type AnonymousGroup,
  type DashboardAtom,
  type DashboardFacts,
  type DashboardGroup,
  type DashboardMetric,
  suppressDashboard,
} from './dashboard';

const WEEKS = ['2026-W01', '2026-W02'];
const BUCKETS = ['low', 'mid', 'high'];
const METRICS: DashboardMetric[] = [
  { id: 'active', cells: WEEKS },
  { id: 'strength', cells: BUCKETS, addsUpToContributors: true },
];

/** Someone in a random organization: their teams, their choice, the weeks they were active. */
type Person = { teams: number[]; optedIn: boolean; weeks: boolean[]; bucket: number };
type Org = { k: number; teamCount: number; people: Person[] };

const org: fc.Arbitrary<Org> = fc
  .record({
    k: fc.integer({ min: 3, max: 8 }),
    // Team t may be nested in an earlier team: then only that team's people can be in it.
    parents: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 1, maxLength: 4 }),
  })
  .chain(({ k, parents }) => {
    const teamCount = parents.length;
    const person = fc
      .record({
        teams: fc.subarray(parents.map((_, t) => t)),
        optedIn: fc.nat({ max: 4 }).map((n) => n > 0),
        weeks: fc.tuple(fc.boolean(), fc.boolean()),
        bucket: fc.nat({ max: BUCKETS.length - 1 }),
      })
      .map((p) => {
        const teams: number[] = [];
        for (const t of p.teams) {
          const parent = parents[t];
          const nestedIn = parent === undefined || t === 0 ? undefined : parent % t;
          if (nestedIn === undefined || teams.includes(nestedIn)) teams.push(t);
        }
        return { ...p, teams };
      });
    return fc.record({
      k: fc.constant(k),
      teamCount: fc.constant(teamCount),
      people: fc.array(person, { maxLength: 16 }),
    });
  });

const groupIdsOf = (p: Person) => ['org', ...p.teams.map((t) => `team-${t}`)];
const inGroup = (p: Person, id: string) => groupIdsOf(p).includes(id);

function factsOf({ k, teamCount, people }: Org): DashboardFacts {
  const ids = ['org', ...Array.from({ length: teamCount }, (_, t) => `team-${t}`)];
  const groups: DashboardGroup[] = ids.map((id) => {
    const counted = people.filter((p) => p.optedIn && inGroup(p, id));
    return {
      id,
      kind: id === 'org' ? 'org' : 'team',
      figures: {
        active: Object.fromEntries(
          WEEKS.map((w, i) => [w, counted.filter((p) => p.weeks[i]).length]),
        ),
        strength: Object.fromEntries(
          BUCKETS.map((b, i) => [b, counted.filter((p) => p.bucket === i).length]),
        ),
      },
    };
  });
  const atoms = people.map((p): DashboardAtom => ({
    groupIds: groupIdsOf(p),
    contributors: p.optedIn ? 1 : 0,
    cells: p.optedIn
      ? {
          active: Object.fromEntries(WEEKS.map((w, i) => [w, p.weeks[i] ? 1 : 0])),
          strength: { [BUCKETS[p.bucket] as string]: 1 },
        }
      : {},
  }));
  return { k, groups, metrics: METRICS, atoms };
}

/**
 * Units for the brute-force check, built apart from the code under test: contributing people
 * with the same groups.
 */
function unitsOf(people: readonly Person[]) {
  const bySignature = new Map<string, Person[]>();
  for (const p of people.filter((q) => q.optedIn)) {
    const signature = groupIdsOf(p).join(',');
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), p]);
  }
  return [...bySignature.values()];
}

/** No set of 1 to k − 1 contributors can be computed from any combination of what is shown. */
function expectNothingSmallComputable({ k, people }: Org, shown: readonly AnonymousGroup[]) {
  const units = unitsOf(people);
  const unitsIn = (id: string) =>
    units.flatMap((unit, u) => (inGroup(unit[0] as Person, id) ? [u] : []));
  const visible = shown.filter((g) => !g.suppressed);
  expect(
    smallComputableSet(
      k,
      units.map((unit) => unit.length),
      visible.map((g) => unitsIn(g.id)),
    ),
  ).toBeNull();
  WEEKS.forEach((week, w) => {
    const rows = visible.filter((g) => !g.figures.active?.[week]?.suppressed);
    const sizes = units.map((unit) => unit.filter((p) => p.weeks[w]).length);
    expect(
      smallComputableSet(
        k,
        sizes,
        rows.map((g) => unitsIn(g.id)),
      ),
    ).toBeNull();
  });
  // Strength: units are unit × bucket; a group's contributors add up all of its buckets.
  const sizes = units.flatMap((unit) =>
    BUCKETS.map((_, b) => unit.filter((p) => p.bucket === b).length),
  );
  const rows = visible.flatMap((g) => [
    unitsIn(g.id).flatMap((u) => BUCKETS.map((_, b) => u * BUCKETS.length + b)),
    ...BUCKETS.flatMap((bucket, b) =>
      g.figures.strength?.[bucket]?.suppressed
        ? []
        : [unitsIn(g.id).map((u) => u * BUCKETS.length + b)],
    ),
  ]);
  expect(smallComputableSet(k, sizes, rows)).toBeNull();
}

describe('the anonymous dashboard of a random organization', () => {
  it('never lets fewer than k contributors be computed from one response', () => {
    fc.assert(
      fc.property(org, (o) => expectNothingSmallComputable(o, suppressDashboard(factsOf(o)))),
      { numRuns: 150 },
    );
  });

  it('shows suppressed groups and cells as null and suppressed, never as 0, and the rest as they are', () => {
    fc.assert(
      fc.property(org, (o) => {
        const facts = factsOf(o);
        for (const group of suppressDashboard(facts)) {
          const given = facts.groups.find((g) => g.id === group.id) as DashboardGroup;
          const counted = o.people.filter((p) => p.optedIn && inGroup(p, group.id));
          if (group.suppressed) expect(group.contributors).toBeNull();
          else {
            expect(group.contributors).toBe(counted.length);
            expect(counted.length).toBeGreaterThanOrEqual(o.k);
          }
          for (const metric of METRICS) {
            for (const cell of metric.cells) {
              const figure = group.figures[metric.id]?.[cell];
              if (group.suppressed || figure?.suppressed) {
                expect(figure).toEqual({ value: null, suppressed: true });
              } else {
                expect(figure).toEqual({
                  value: given.figures[metric.id]?.[cell],
                  suppressed: false,
                });
              }
            }
          }
          WEEKS.forEach((week, w) => {
            if (!group.figures.active?.[week]?.suppressed) {
              expect(counted.filter((p) => p.weeks[w]).length).toBeGreaterThanOrEqual(o.k);
            }
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('decides the same whatever order the groups and atoms come in', () => {
    fc.assert(
      fc.property(
        org.chain((o) => {
          const facts = factsOf(o);
          return fc.record({
            facts: fc.constant(facts),
            groups: fc.shuffledSubarray([...facts.groups], { minLength: facts.groups.length }),
            atoms: fc.shuffledSubarray([...facts.atoms], { minLength: facts.atoms.length }),
          });
        }),
        ({ facts, groups, atoms }) => {
          const byId = (list: AnonymousGroup[]) =>
            Object.fromEntries(list.map((group) => [group.id, group]));
          const once = suppressDashboard(facts);
          expect(byId(suppressDashboard({ ...facts, groups, atoms }))).toEqual(byId(once));
          expect(suppressDashboard(facts)).toEqual(once);
        },
      ),
      { numRuns: 100 },
    );
  });
});
