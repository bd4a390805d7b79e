import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallComputableSet } from './anonymity/brute-force.fixtures';
import { type AnonymousGroup, suppressDashboard } from './anonymity/dashboard';
import { isoWeekOf } from './calendar';
import { type AtomRollup, dashboardFacts, type HoursCell } from './dashboard-facts';
import { learningByTheme, NO_THEME } from './learning-themes';

const DOMAINS = ['career', 'health', 'learning'] as const;
const THEMES = [...DOMAINS, NO_THEME];

describe('learningByTheme', () => {
  const session = fc.record({
    date: fc
      .integer({ min: 0, max: 120 })
      .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)),
    minutes: fc.integer({ min: 1, max: 600 }),
    themes: fc.array(fc.constantFrom(...DOMAINS), { maxLength: 4 }),
  });

  it('counts each session in full once for each of its domains, or once as none', () => {
    fc.assert(
      fc.property(fc.array(session, { maxLength: 30 }), (sessions) => {
        const rows = learningByTheme(sessions, '2026-01-01', '2026-05-31');
        for (const theme of THEMES) {
          for (const week of new Set(sessions.map((s) => isoWeekOf(s.date)))) {
            const expected = sessions
              .filter((s) => isoWeekOf(s.date) === week)
              .filter((s) =>
                theme === NO_THEME ? s.themes.length === 0 : (s.themes as string[]).includes(theme),
              )
              .reduce((sum, s) => sum + s.minutes, 0);
            const row = rows.find((r) => r.week === week && r.theme === theme);
            expect(row?.minutes ?? 0).toBe(expected);
          }
        }
        expect(rows.every((r) => r.minutes > 0)).toBe(true);
      }),
    );
  });

  it('leaves out time before the week of since and after today', () => {
    const rows = learningByTheme(
      [
        { date: '2026-01-04', minutes: 30, themes: ['career'] },
        { date: '2026-01-05', minutes: 45, themes: ['career', 'career'] },
        { date: '2026-01-08', minutes: 60, themes: [] },
        { date: '2026-01-09', minutes: 15, themes: ['health'] },
      ],
      '2026-01-07',
      '2026-01-08',
    );
    expect(rows).toEqual([
      { week: '2026-W02', theme: 'career', minutes: 45 },
      { week: '2026-W02', theme: NO_THEME, minutes: 60 },
    ]);
  });
});

/** Someone in a random organization: their teams, their choice, minutes per theme learned in. */
type Person = { teams: number[]; optedIn: boolean; minutes: Partial<Record<string, number>> };
type Org = { k: number; teams: number; people: Person[] };

const org: fc.Arbitrary<Org> = fc
  .record({ k: fc.integer({ min: 3, max: 6 }), teams: fc.integer({ min: 1, max: 3 }) })
  .chain(({ k, teams }) =>
    fc.record({
      k: fc.constant(k),
      teams: fc.constant(teams),
      people: fc.array(
        fc.record({
          teams: fc.subarray(Array.from({ length: teams }, (_, t) => t)),
          optedIn: fc.nat({ max: 4 }).map((n) => n > 0),
          minutes: fc.dictionary(fc.constantFrom(...THEMES), fc.integer({ min: 15, max: 900 })),
        }),
        { maxLength: 16 },
      ),
    }),
  );

const TEAM = (t: number) => `team-${t}`;
const groupsOf = (p: Person) => ['org', ...p.teams.map(TEAM)];
const learned = (p: Person, theme: string) => (p.minutes[theme] ?? 0) > 0;

/** Contributors with the same teams, built apart from the code under test. */
function unitsOf(people: readonly Person[]) {
  const units = new Map<string, Person[]>();
  for (const p of people.filter((q) => q.optedIn)) {
    const signature = p.teams.join(',');
    units.set(signature, [...(units.get(signature) ?? []), p]);
  }
  return [...units.values()];
}

function decide(o: Org): AnonymousGroup[] {
  const atoms: AtomRollup[] = unitsOf(o.people).map((unit) => {
    const themes: Record<string, HoursCell> = {};
    for (const theme of THEMES) {
      const learners = unit.filter((p) => learned(p, theme));
      if (learners.length === 0) continue;
      const minutes = learners.reduce((sum, p) => sum + (p.minutes[theme] ?? 0), 0);
      themes[theme] = { minutes, people: learners.length };
    }
    return {
      teamIds: (unit[0] as Person).teams.map(TEAM),
      contributors: unit.length,
      weeks: [],
      strength: { none: unit.length },
      alignment: { none: unit.length },
      learning: {},
      themes,
    };
  });
  return suppressDashboard(
    dashboardFacts({
      k: o.k,
      org: { id: 'org' },
      teams: Array.from({ length: o.teams }, (_, t) => ({ id: TEAM(t) })),
      weeks: [],
      kinds: [],
      themes: THEMES,
      atoms,
    }),
  );
}

describe('learning hours by theme on the anonymous dashboard', () => {
  it('shows a theme’s hours only for k or more people who learned in it, else null and suppressed', () => {
    fc.assert(
      fc.property(org, (o) => {
        for (const group of decide(o)) {
          const members = o.people.filter((p) => p.optedIn && groupsOf(p).includes(group.id));
          for (const theme of THEMES) {
            const figure = group.figures.learningHoursByTheme?.[theme];
            const learners = members.filter((p) => learned(p, theme));
            if (group.suppressed || figure?.suppressed) {
              expect(figure).toEqual({ value: null, suppressed: true });
              continue;
            }
            expect(learners.length).toBeGreaterThanOrEqual(o.k);
            const minutes = learners.reduce((sum, p) => sum + (p.minutes[theme] ?? 0), 0);
            expect(figure?.value).toBe(Math.round(minutes / 6) / 10);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lets the hours of fewer than k people be had by differencing a theme’s cells', () => {
    fc.assert(
      fc.property(org, (o) => {
        const units = unitsOf(o.people);
        const shown = decide(o).filter((g) => !g.suppressed);
        for (const theme of THEMES) {
          const rows = shown
            .filter((g) => g.figures.learningHoursByTheme?.[theme]?.suppressed === false)
            .map((g) =>
              units.flatMap((unit, u) => (groupsOf(unit[0] as Person).includes(g.id) ? [u] : [])),
            );
          const sizes = units.map((unit) => unit.filter((p) => learned(p, theme)).length);
          expect(smallComputableSet(o.k, sizes, rows)).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('suppresses a team’s theme that differs from the organization’s by fewer than k', () => {
    // k = 5: 7 people in team 0 learned for their career, 2 more outside it; 4 in team 0 for health.
    const person = (teams: number[], minutes: Person['minutes']): Person => ({
      teams,
      optedIn: true,
      minutes,
    });
    const o: Org = {
      k: 5,
      teams: 1,
      people: [
        ...Array.from({ length: 7 }, (_, i) =>
          person([0], i < 4 ? { career: 60, health: 30 } : { career: 60 }),
        ),
        person([], { career: 120 }),
        person([], { career: 120 }),
        ...Array.from({ length: 3 }, () => person([], { learning: 30 })),
      ],
    };
    const byId = Object.fromEntries(decide(o).map((g) => [g.id, g]));
    expect(byId.org?.figures.learningHoursByTheme?.career).toEqual({
      value: 11,
      suppressed: false,
    });
    expect(byId[TEAM(0)]?.suppressed).toBe(false);
    expect(byId[TEAM(0)]?.figures.learningHoursByTheme?.career).toEqual({
      value: null,
      suppressed: true,
    });
    expect(byId.org?.figures.learningHoursByTheme?.health?.suppressed).toBe(true);
    expect(byId.org?.figures.learningHoursByTheme?.learning?.suppressed).toBe(true);
    expect(byId.org?.figures.learningHoursByTheme?.none?.suppressed).toBe(true);
  });
});
