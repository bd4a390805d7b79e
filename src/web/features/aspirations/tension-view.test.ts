import { describe, expect, it } from 'vitest';
import type { Assessment, Revision } from '../../../contracts/vision';
import {
  chartPoints,
  previousAssessment,
  sparklineShown,
  timeline,
  timeTicks,
} from './tension-view';

const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}T08:00:00.000Z`;

describe('chartPoints', () => {
  it('carries the last levels on to now, with the gap as [reality, vision]', () => {
    const now = Date.parse(day(20));
    const points = chartPoints(
      [
        { at: day(1), visionLevel: 8, realityLevel: null, tension: null },
        { at: day(3), visionLevel: 8, realityLevel: 4, tension: 4 },
      ],
      now,
    );
    expect(points).toEqual([
      { t: Date.parse(day(1)), vision: 8, reality: null, gap: null, assessed: null },
      { t: Date.parse(day(3)), vision: 8, reality: 4, gap: [4, 8], assessed: 4 },
      { t: now, vision: 8, reality: 4, gap: [4, 8], assessed: null },
    ]);
  });

  it('marks each assessment that set reality as a point, even the first one a moment ago', () => {
    const now = Date.parse(day(3)) + 1000;
    const points = chartPoints(
      [
        { at: day(1), visionLevel: 8, realityLevel: null, tension: null },
        { at: day(3), visionLevel: 8, realityLevel: 4, tension: 4 },
      ],
      now,
    );
    expect(points.map((p) => p.assessed)).toEqual([null, 4, null]);
    const revised = chartPoints(
      [
        { at: day(1), visionLevel: 8, realityLevel: 4, tension: 4 },
        { at: day(2), visionLevel: 9, realityLevel: 4, tension: 5 },
        { at: day(3), visionLevel: 9, realityLevel: 6, tension: 3 },
      ],
      Date.parse(day(3)),
    );
    // A vision revision carries reality on: no new point for it.
    expect(revised.map((p) => p.assessed)).toEqual([4, null, 6]);
  });

  it('adds nothing when the history is empty or already ends now', () => {
    expect(chartPoints([], Date.parse(day(2)))).toEqual([]);
    const now = Date.parse(day(2));
    expect(
      chartPoints([{ at: day(2), visionLevel: 5, realityLevel: 5, tension: 0 }], now),
    ).toHaveLength(1);
  });
});

describe('timeline', () => {
  const revision = (id: string, at: string, level: number, previous: number | null) =>
    ({
      id,
      at,
      vision: 'v',
      visionLevel: level,
      previousVisionLevel: previous,
      reason: null,
    }) satisfies Revision;
  const assessment = (id: string, at: string, level: number) =>
    ({ id, at, level, evidence: '' }) satisfies Assessment;

  it('merges both histories newest first and names each vision change', () => {
    const entries = timeline(
      [revision('r3', day(9), 8, 8), revision('r2', day(5), 6, 8), revision('r1', day(1), 8, null)],
      [assessment('a2', day(7), 5), assessment('a1', day(1), 4)],
    );
    expect(entries.map((e) => e.id)).toEqual(['r3', 'a2', 'r2', 'a1', 'r1']);
    expect(entries.map((e) => (e.kind === 'vision' ? e.change : e.previous))).toEqual([
      'reworded',
      4,
      'lowered',
      null,
      'created',
    ]);
  });
});

describe('previousAssessment', () => {
  it('is the second newest, whatever order they come in', () => {
    const a = { id: 'a', at: day(1), level: 3, evidence: '' };
    const b = { id: 'b', at: day(2), level: 4, evidence: '' };
    const c = { id: 'c', at: day(3), level: 5, evidence: '' };
    expect(previousAssessment([a, c, b])?.id).toBe('b');
    expect(previousAssessment([a])).toBeNull();
  });
});

describe('timeTicks', () => {
  const label = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  it('spreads ticks evenly from first to last', () => {
    const first = Date.parse(day(1));
    const last = Date.parse(day(31));
    expect(timeTicks(first, last, 4, label).map((tick) => tick.label)).toEqual([
      '2026-01-01',
      '2026-01-11',
      '2026-01-21',
      '2026-01-31',
    ]);
  });

  it('shows a day once, even when several ticks fall on it', () => {
    const first = Date.parse(day(5));
    expect(timeTicks(first, first + 60_000, 4, label)).toEqual([{ t: first, label: '2026-01-05' }]);
  });
});

describe('sparklineShown', () => {
  const point = (at: string) => ({ at, visionLevel: 8, realityLevel: 4, tension: 4 });
  const now = Date.parse('2026-03-10T12:00:00Z');

  it('draws a sparkline once the history spans a day, up to now', () => {
    expect(sparklineShown([point('2026-03-09T12:00:00Z')], now)).toBe(true);
    expect(
      sparklineShown([point('2026-03-01T00:00:00Z'), point('2026-03-10T11:00:00Z')], now),
    ).toBe(true);
  });

  it('draws none for a history of minutes, or none at all', () => {
    expect(sparklineShown([point('2026-03-10T11:50:00Z')], now)).toBe(false);
    expect(sparklineShown([], now)).toBe(false);
  });
});
