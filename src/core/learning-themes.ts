import { isoWeekOf } from './calendar';

/**
 * Learning by theme, for the anonymous dashboard (docs/decisions/0046-learning-hours-by-theme.md).
 * A learning item's themes are the life domains of the aspirations it serves — the one place a
 * person says what their learning is for; an item that serves no aspiration has the theme
 * `none`. Only the domain is kept, never an aspiration's or an item's words.
 */

/** The theme of time on items that serve no aspiration. */
export const NO_THEME = 'none';

/** Time logged on a calendar date, on an item serving aspirations in `themes` (domains). */
export type ThemedSession = { date: string; minutes: number; themes: readonly string[] };

/** Learning minutes of one person in one ISO week on items of one theme. */
export type PersonLearningTheme = { week: string; theme: string; minutes: number };

/**
 * A person's learning minutes per ISO week and theme, from the week of `since` through `today`.
 * Time on an item serving aspirations in two domains counts in full for each (as the personal
 * hours chart counts it per aspiration); a domain named twice counts once; time on an item
 * serving none goes to `none`. Weeks and themes without time are left out. Sorted by week, then
 * theme.
 *
 * @example
 * learningByTheme([{ date: '2026-03-04', minutes: 30, themes: ['career', 'health'] }], '2026-01-01', '2026-03-05')
 * // → [{ week: '2026-W10', theme: 'career', minutes: 30 }, { week: '2026-W10', theme: 'health', minutes: 30 }]
 */
export function learningByTheme(
  sessions: readonly ThemedSession[],
  since: string,
  today: string,
): PersonLearningTheme[] {
  const first = isoWeekOf(since);
  const sums = new Map<string, PersonLearningTheme>();
  for (const session of sessions) {
    if (session.minutes <= 0 || session.date > today) continue;
    const week = isoWeekOf(session.date);
    if (week < first) continue;
    const themes = session.themes.length === 0 ? [NO_THEME] : new Set(session.themes);
    for (const theme of themes) {
      const key = `${week}|${theme}`;
      const row = sums.get(key) ?? { week, theme, minutes: 0 };
      row.minutes += session.minutes;
      sums.set(key, row);
    }
  }
  return [...sums.values()].sort((a, b) =>
    a.week === b.week ? (a.theme < b.theme ? -1 : 1) : a.week < b.week ? -1 : 1,
  );
}
