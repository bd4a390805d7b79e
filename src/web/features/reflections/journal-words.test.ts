import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysOfMonth,
  excerptOf,
  headlineOf,
  plainInline,
  shiftMonth,
  withReviews,
} from './journal-words';

describe('journal words', () => {
  it('names a reflection by its title, else its first line without Markdown', () => {
    expect(headlineOf({ title: 'A walk', body: 'Rain.' })).toBe('A walk');
    expect(headlineOf({ title: '', body: '\n## **Monday**\nRain.' })).toBe('Monday');
    expect(headlineOf({ title: '', body: '  ' })).toBeNull();
    expect(excerptOf({ title: '', body: '## Monday\nRain.\n- cold' })).toBe('Rain. cold');
  });

  it('moves between months and lists their days', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(daysOfMonth('2028-02')).toHaveLength(29);
    expect(daysOfMonth('2026-11').at(-1)).toBe('2026-11-30');
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -40, max: 40 }),
        (year, month, by) => {
          const start = `${year}-${String(month).padStart(2, '0')}`;
          expect(shiftMonth(shiftMonth(start, by), -by)).toBe(start);
        },
      ),
    );
  });

  it('shows search snippets without Markdown marks', () => {
    expect(plainInline('the old **lighthouse** at `dusk`')).toBe('the old lighthouse at dusk');
  });
});

describe('withReviews', () => {
  const r = (date: string) => ({ date });
  const w = (weekStart: string) => ({ weekStart });
  it('puts each weekly review where its week ends, and older ones only once the list is whole', () => {
    const entries = withReviews(
      [r('2026-03-09'), r('2026-03-01')],
      [w('2026-02-16'), w('2026-03-02')],
      false,
    );
    expect(entries.map((e) => e.type)).toEqual(['reflection', 'review', 'reflection']);
    const whole = withReviews(
      [r('2026-03-09'), r('2026-03-01')],
      [w('2026-02-16'), w('2026-03-02')],
      true,
    );
    expect(whole.map((e) => e.type)).toEqual(['reflection', 'review', 'reflection', 'review']);
    expect(withReviews([], [w('2026-03-02')], true)).toEqual([
      { type: 'review', item: w('2026-03-02') },
    ]);
  });
});
