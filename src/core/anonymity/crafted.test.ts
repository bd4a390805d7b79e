import { describe, expect, it } from 'vitest';
import {
  type AnonymousGroup,
  type DashboardAtom,
  type DashboardGroup,
  suppressDashboard,
} from './dashboard';

/** Groups with no figures but their contributors, and atoms of `n` people in `groupIds`. */
const groups = (...ids: string[]): DashboardGroup[] =>
  ids.map((id) => ({ id, kind: id === 'org' ? 'org' : 'team', figures: {} }));
const atom = (contributors: number, ...groupIds: string[]): DashboardAtom => ({
  groupIds,
  contributors,
  cells: {},
});
const suppressedIds = (list: AnonymousGroup[]) =>
  list.filter((group) => group.suppressed).map((group) => group.id);

describe('crafted organizations of issue 11', () => {
  it('suppresses a team of 7 beside the same team minus a sub-group of 5', () => {
    const shown = suppressDashboard({
      k: 5,
      groups: groups('org', 'team', 'sub'),
      metrics: [],
      atoms: [atom(20, 'org'), atom(2, 'org', 'team'), atom(5, 'org', 'team', 'sub')],
    });
    // The team (7) is larger and kept; its 5-person sub-group would leave 2 by subtraction.
    expect(suppressedIds(shown)).toEqual(['sub']);
  });

  it('suppresses a team when the organization and the other teams would leave 2 people', () => {
    const shown = suppressDashboard({
      k: 5,
      groups: groups('org', 'a', 'b', 'c'),
      metrics: [],
      atoms: [atom(2, 'org'), atom(10, 'org', 'a'), atom(8, 'org', 'b'), atom(6, 'org', 'c')],
    });
    // org − a − b − c = 2 people: the smallest team goes, and then nothing smaller is computable.
    expect(suppressedIds(shown)).toEqual(['c']);
    expect(shown.find((g) => g.id === 'c')).toEqual({
      id: 'c',
      kind: 'team',
      suppressed: true,
      contributors: null,
      figures: {},
    });
  });

  it('sees differences through overlapping teams, not only nested ones', () => {
    // a = {x, y}, b = {y, z}, c = {x, z} with x = 6, y = 6, z = 2 people: (a + c − b) / 2 = x,
    // and (b + c − a) / 2 = z, 2 people — a combination with halves, not only ±1.
    const shown = suppressDashboard({
      k: 5,
      groups: groups('a', 'b', 'c'),
      metrics: [],
      atoms: [atom(6, 'a', 'c'), atom(6, 'a', 'b'), atom(2, 'b', 'c')],
    });
    expect(suppressedIds(shown)).toEqual(['c']);
  });

  it('shows everything in a plain case: 100 people, 3 disjoint teams of 30, 10 in none', () => {
    const weeks = ['2026-W01', '2026-W02'];
    const cells = (n: number) => ({ active: { '2026-W01': n, '2026-W02': n } });
    const shown = suppressDashboard({
      k: 5,
      groups: ['org', 'a', 'b', 'c'].map((id) => ({
        id,
        kind: id === 'org' ? 'org' : 'team',
        figures: cells(id === 'org' ? 60 : 18),
      })),
      metrics: [{ id: 'active', cells: weeks }],
      atoms: [
        { groupIds: ['org'], contributors: 10, cells: cells(6) },
        ...['a', 'b', 'c'].map((id) => ({
          groupIds: ['org', id],
          contributors: 30,
          cells: cells(18),
        })),
      ],
    });
    expect(suppressedIds(shown)).toEqual([]);
    expect(shown.map((g) => g.contributors)).toEqual([100, 30, 30, 30]);
    expect(shown[1]?.figures.active?.['2026-W01']).toEqual({ value: 18, suppressed: false });
  });

  it('suppresses a week with fewer than k active people as null, and a team’s week that the organization’s would expose', () => {
    const shown = suppressDashboard({
      k: 5,
      groups: [
        { id: 'org', kind: 'org', figures: { active: { w1: 12, w2: 3 } } },
        { id: 'a', kind: 'team', figures: { active: { w1: 9, w2: 0 } } },
      ],
      metrics: [{ id: 'active', cells: ['w1', 'w2'] }],
      atoms: [
        { groupIds: ['org'], contributors: 10, cells: { active: { w1: 3, w2: 3 } } },
        { groupIds: ['org', 'a'], contributors: 10, cells: { active: { w1: 9 } } },
      ],
    });
    const [org, team] = shown;
    // w1: the org's 12 beside the team's 9 would give the 3 others: the team's week goes.
    expect(org?.figures.active).toEqual({
      w1: { value: 12, suppressed: false },
      w2: { value: null, suppressed: true },
    });
    expect(team?.figures.active).toEqual({
      w1: { value: null, suppressed: true },
      w2: { value: null, suppressed: true },
    });
  });

  it('keeps a distribution’s small cell hidden from the contributors count minus the other cells', () => {
    const shown = suppressDashboard({
      k: 5,
      groups: [{ id: 'org', kind: 'org', figures: { strength: { low: 2, mid: 6, high: 7 } } }],
      metrics: [{ id: 'strength', cells: ['low', 'mid', 'high'], addsUpToContributors: true }],
      atoms: [
        { groupIds: ['org'], contributors: 15, cells: { strength: { low: 2, mid: 6, high: 7 } } },
      ],
    });
    // 15 contributors shown: "high" (7) is kept, then "mid" would give low = 15 − 7 − 6 = 2.
    expect(shown[0]?.contributors).toBe(15);
    expect(shown[0]?.figures.strength).toEqual({
      low: { value: null, suppressed: true },
      mid: { value: null, suppressed: true },
      high: { value: 7, suppressed: false },
    });
  });

  it('counts only contributors: a team of 9 with 4 who opted in shows nothing', () => {
    const shown = suppressDashboard({
      k: 5,
      groups: groups('org', 'a'),
      metrics: [],
      atoms: [atom(30, 'org'), atom(4, 'org', 'a'), atom(0, 'org', 'a')],
    });
    expect(suppressedIds(shown)).toEqual(['a']);
  });

  it('refuses a k outside 3 to 50 and facts that do not add up', () => {
    expect(() => suppressDashboard({ k: 2, groups: [], metrics: [], atoms: [] })).toThrow(
      RangeError,
    );
    expect(() => suppressDashboard({ k: 51, groups: [], metrics: [], atoms: [] })).toThrow(
      RangeError,
    );
    expect(() =>
      suppressDashboard({ k: 5, groups: groups('a'), metrics: [], atoms: [atom(-1, 'a')] }),
    ).toThrow(RangeError);
    expect(() =>
      suppressDashboard({
        k: 5,
        groups: groups('a'),
        metrics: [{ id: 'm', cells: ['x'], addsUpToContributors: true }],
        atoms: [{ groupIds: ['a'], contributors: 6, cells: { m: { x: 5 } } }],
      }),
    ).toThrow(RangeError);
  });
});
