import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creativeTension,
  erosion,
  realityChange,
  type RealityPoint,
  tensionHistory,
  type VisionPoint,
} from './tension';

const BASE = Date.parse('2026-01-01T00:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const NOW = iso(BASE + 400 * DAY);
const WINDOW_START = BASE + 310 * DAY;

const level = fc.integer({ min: 0, max: 10 });
/** Instants within the 400 days before NOW, to the hour. */
const instant = (fromDay = 0, toDay = 400) =>
  fc.integer({ min: fromDay * 24, max: toDay * 24 }).map((h) => iso(BASE + h * HOUR));
const visionPoints = (fromDay?: number, toDay?: number) =>
  fc.array(fc.record({ at: instant(fromDay, toDay), visionLevel: level }), { maxLength: 8 });
const realityPoints = (fromDay?: number, toDay?: number) =>
  fc.array(fc.record({ at: instant(fromDay, toDay), level }), { maxLength: 8 });

const latest = <T extends { at: string }>(points: T[]) =>
  [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);

describe('creative tension', () => {
  it('is vision minus reality, and unknown without an assessment', () => {
    fc.assert(
      fc.property(level, level, (vision, reality) => {
        expect(creativeTension(vision, reality)).toBe(vision - reality);
        expect(creativeTension(vision, null)).toBeNull();
      }),
    );
  });
});

describe('tension history', () => {
  it('is ordered by time and holds, at each point, the levels last recorded by then', () => {
    fc.assert(
      fc.property(visionPoints(), realityPoints(), (vision, reality) => {
        const history = tensionHistory(vision, reality);
        for (let i = 1; i < history.length; i += 1) {
          expect(Date.parse(history[i]!.at)).toBeGreaterThan(Date.parse(history[i - 1]!.at));
        }
        for (const point of history) {
          const t = Date.parse(point.at);
          const v = latest(vision.filter((p) => Date.parse(p.at) <= t));
          const r = latest(reality.filter((p) => Date.parse(p.at) <= t));
          // Same-instant records: the one given last wins, as the sort is stable.
          expect(v).toBeDefined();
          expect(point.visionLevel).toBe(vision.filter((p) => p.at === v!.at).at(-1)!.visionLevel);
          expect(point.realityLevel).toBe(
            r ? reality.filter((p) => p.at === r.at).at(-1)!.level : null,
          );
          expect(point.tension).toBe(
            point.realityLevel === null ? null : point.visionLevel - point.realityLevel,
          );
        }
      }),
    );
  });

  it('has a point at every instant something was recorded once a vision exists, and no others', () => {
    fc.assert(
      fc.property(visionPoints(), realityPoints(), (vision, reality) => {
        const history = tensionHistory(vision, reality);
        const first = Math.min(...vision.map((p) => Date.parse(p.at)));
        const instants = new Set(
          [...vision, ...reality].map((p) => Date.parse(p.at)).filter((t) => t >= first),
        );
        expect(history.map((p) => Date.parse(p.at)).sort()).toEqual([...instants].sort());
      }),
    );
  });

  it('is step-wise: between two points the levels do not change', () => {
    const vision: VisionPoint[] = [
      { at: iso(BASE), visionLevel: 8 },
      { at: iso(BASE + 10 * DAY), visionLevel: 6 },
    ];
    const reality: RealityPoint[] = [{ at: iso(BASE + 5 * DAY), level: 3 }];
    expect(tensionHistory(vision, reality)).toEqual([
      { at: iso(BASE), visionLevel: 8, realityLevel: null, tension: null },
      { at: iso(BASE + 5 * DAY), visionLevel: 8, realityLevel: 3, tension: 5 },
      { at: iso(BASE + 10 * DAY), visionLevel: 6, realityLevel: 3, tension: 3 },
    ]);
  });
});

describe('eroding goals', () => {
  it('raising reality never makes an aspiration eroding', () => {
    fc.assert(
      fc.property(
        visionPoints(),
        realityPoints(0, 399),
        fc.integer({ min: 1, max: 24 * 10 }),
        fc.integer({ min: 0, max: 10 }),
        (vision, reality, hoursAfter, raise) => {
          const before = erosion(vision, reality, NOW);
          const last = latest(reality);
          const current = last ? reality.filter((p) => p.at === last.at).at(-1)!.level : 0;
          const at = Math.min(
            Date.parse(NOW),
            (last ? Date.parse(last.at) : BASE) + hoursAfter * HOUR,
          );
          fc.pre(!last || at > Date.parse(last.at));
          const raised = [...reality, { at: iso(at), level: Math.min(10, current + raise) }];
          const after = erosion(vision, raised, NOW);
          if (after.eroding) expect(before.eroding).toBe(true);
        },
      ),
    );
  });

  it('lowering the vision inside the window with no change of reality always erodes', () => {
    fc.assert(
      fc.property(
        visionPoints(0, 300).filter((v) => v.length > 0),
        realityPoints(0, 300),
        fc.integer({ min: 311, max: 400 }),
        fc.integer({ min: 1, max: 10 }),
        (vision, reality, day, drop) => {
          const current = vision.filter((p) => p.at === latest(vision)!.at).at(-1)!.visionLevel;
          fc.pre(current - drop >= 0);
          const lowered = [...vision, { at: iso(BASE + day * DAY), visionLevel: current - drop }];
          const result = erosion(lowered, reality, NOW);
          expect(result).toEqual({ eroding: true, visionDrop: drop, realityRise: 0 });
        },
      ),
    );
  });

  it('does not call a lowering older than the window eroding', () => {
    const vision: VisionPoint[] = [
      { at: iso(BASE), visionLevel: 9 },
      { at: iso(WINDOW_START - DAY), visionLevel: 5 },
    ];
    expect(erosion(vision, [], NOW).eroding).toBe(false);
  });

  it('weighs the drop against the rise: equal is eroding, a larger rise is not', () => {
    const vision: VisionPoint[] = [
      { at: iso(BASE), visionLevel: 9 },
      { at: iso(BASE + 350 * DAY), visionLevel: 7 },
    ];
    const rise = (to: number): RealityPoint[] => [
      { at: iso(BASE + 100 * DAY), level: 3 },
      { at: iso(BASE + 360 * DAY), level: to },
    ];
    expect(erosion(vision, rise(5), NOW)).toEqual({ eroding: true, visionDrop: 2, realityRise: 2 });
    expect(erosion(vision, rise(6), NOW)).toEqual({
      eroding: false,
      visionDrop: 2,
      realityRise: 3,
    });
  });

  it('measures from the first record inside the window when none precedes it', () => {
    const vision: VisionPoint[] = [
      { at: iso(BASE + 320 * DAY), visionLevel: 8 },
      { at: iso(BASE + 330 * DAY), visionLevel: 6 },
    ];
    expect(erosion(vision, [], NOW)).toEqual({ eroding: true, visionDrop: 2, realityRise: 0 });
  });

  it('ignores records after now', () => {
    const vision: VisionPoint[] = [
      { at: iso(BASE), visionLevel: 8 },
      { at: iso(BASE + 500 * DAY), visionLevel: 2 },
    ];
    expect(erosion(vision, [], NOW).eroding).toBe(false);
  });
});

describe('reality change', () => {
  it('is the latest minus the previous assessment', () => {
    expect(realityChange([])).toBeNull();
    expect(realityChange([{ at: iso(BASE), level: 4 }])).toBeNull();
    expect(
      realityChange([
        { at: iso(BASE + DAY), level: 6 },
        { at: iso(BASE), level: 4 },
      ]),
    ).toBe(2);
  });
});
