import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../../../core/calendar';
import { HEATMAP_WEEKS, heatmapWeeks, monthStarts } from './heatmap-view';

const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n));

describe('heatmapWeeks', () => {
  it('lays out 53 Monday-to-Sunday weeks ending with today’s week, nothing after today counted', () => {
    fc.assert(
      fc.property(day, (today) => {
        const weeks = heatmapWeeks(today, []);
        expect(weeks).toHaveLength(HEATMAP_WEEKS);
        for (const week of weeks) {
          expect(week).toHaveLength(7);
          expect(isoWeekday(week[0]!.date)).toBe(1);
        }
        const last = weeks.at(-1)!;
        expect(last.some((d) => d.date === today)).toBe(true);
        const flat = weeks.flat();
        const todayIndex = flat.findIndex((d) => d.date === today);
        flat.forEach((d, i) => expect(d.future).toBe(i > todayIndex));
        // Consecutive days, no gaps.
        flat.slice(1).forEach((d, i) => expect(d.date).toBe(addDays(flat[i]!.date, 1)));
      }),
    );
  });

  it('marks check-ins on their days', () => {
    const weeks = heatmapWeeks('2026-11-25', [
      { date: '2026-11-24', status: 'done', note: null },
      { date: '2026-11-23', status: 'skipped', note: null },
    ]);
    const last = weeks.at(-1)!;
    expect(last.map((d) => d.status)).toEqual([
      'skipped',
      'done',
      'none',
      'none',
      'none',
      'none',
      'none',
    ]);
  });

  it('finds the weeks where a month starts', () => {
    const starts = monthStarts(heatmapWeeks('2026-11-25', []));
    expect(starts.at(-1)).toEqual({ week: 48, date: '2026-11-01' });
    expect(starts.length).toBeGreaterThanOrEqual(11);
  });
});
