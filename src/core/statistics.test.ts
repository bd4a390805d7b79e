import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekOf } from './calendar';
import {
  MAX_PERIOD_WEEKS,
  NO_BUCKET,
  PERCENT_BUCKETS,
  percentBucket,
  periodWeeks,
  personWeeks,
} from './statistics';

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));

describe('statistics rollups', () => {
  it('puts every percentage 0–100 in exactly the bucket whose range holds it, and no figure in none', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (p) => {
        const bucket = percentBucket(p);
        const [low, high] = bucket.split('-').map(Number) as [number, number];
        expect(p).toBeGreaterThanOrEqual(low);
        expect(p).toBeLessThan(high === 100 ? 100.0001 : high + 1);
        expect(PERCENT_BUCKETS).toContain(bucket);
      }),
    );
    expect(percentBucket(null)).toBe(NO_BUCKET);
    expect(percentBucket(19.99)).toBe('0-19');
    expect(percentBucket(20)).toBe('20-39');
  });

  it('covers a period with its whole ISO weeks, consecutive, oldest first', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 7 * MAX_PERIOD_WEEKS - 7 }), (from, length) => {
        const to = addDays(from, length);
        const weeks = periodWeeks(from, to);
        expect(weeks[0]).toBe(isoWeekOf(from));
        expect(weeks.at(-1)).toBe(isoWeekOf(to));
        expect(new Set(weeks).size).toBe(weeks.length);
        expect([...weeks].sort()).toEqual(weeks);
        expect(weeks.length).toBeLessThanOrEqual(MAX_PERIOD_WEEKS);
      }),
    );
  });

  it('counts a person’s week once per thing done and keeps only weeks with something done', () => {
    const { weeks, learning } = personWeeks(
      {
        reflectionDates: ['2026-03-02', '2026-03-03', '2025-01-01'],
        practices: [],
        learning: [{ date: '2026-03-04', minutes: 90, kind: 'book' }],
        feedbackRequestedDates: [],
        feedbackGivenDates: ['2026-03-10'],
        assessments: [
          { aspirationId: 'a', date: '2026-02-01', at: '2026-02-01T10:00:00Z', level: 3 },
          { aspirationId: 'a', date: '2026-03-05', at: '2026-03-05T10:00:00Z', level: 5 },
        ],
        visions: [{ aspirationId: 'a', at: '2026-01-01T00:00:00Z', visionLevel: 8 }],
        reviews: [{ week: '2026-W10', ratings: [6, 8] }],
      },
      '2026-01-05',
      '2026-03-12',
    );
    expect(weeks.map((w) => w.week)).toEqual(['2026-W05', '2026-W10', '2026-W11']);
    expect(weeks[1]).toMatchObject({
      reflections: 2,
      learningMinutes: 90,
      assessments: 1,
      tensionSum: 3,
      movedToward: 1,
      alignment: 70,
    });
    expect(weeks[0]).toMatchObject({ assessments: 1, tensionSum: 5, movedToward: 0 });
    expect(weeks[2]).toMatchObject({ feedbackGiven: 1, reflections: 0 });
    expect(learning).toEqual([{ week: '2026-W10', kind: 'book', minutes: 90 }]);
  });
});
