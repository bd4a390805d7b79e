/**
 * Creative tension: the gap between where a person chooses to be (vision level) and where they
 * honestly are (reality level), both on a 0–10 scale. Pure functions: every "now" is passed in.
 */

export const LEVEL_MIN = 0;
export const LEVEL_MAX = 10;
/** The window in which an eroding goal is noticed. */
export const EROSION_WINDOW_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A change of the vision level at an instant (ISO 8601). */
export type VisionPoint = { at: string; visionLevel: number };
/** An honest reality assessment at an instant (ISO 8601). */
export type RealityPoint = { at: string; level: number };

/** `vision level − reality level`; null when reality has not been assessed. */
export function creativeTension(visionLevel: number, realityLevel: number | null): number | null {
  return realityLevel === null ? null : visionLevel - realityLevel;
}

const byTime = <T extends { at: string }>(points: readonly T[]) =>
  [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

/** The last value at or before `at`, or null when nothing was recorded by then. */
function valueAt<T extends { at: string }>(sorted: readonly T[], at: number): T | null {
  let found: T | null = null;
  for (const point of sorted) {
    if (Date.parse(point.at) <= at) found = point;
    else break;
  }
  return found;
}

export type HistoryPoint = {
  at: string;
  visionLevel: number;
  realityLevel: number | null;
  tension: number | null;
};

/**
 * The tension over time as a step function: one point at every instant where the vision level
 * or the reality level was recorded, ordered by time, each holding the levels in force then.
 * Between two points nothing changes. Events at the same instant collapse into one point.
 * Points before the first vision record are left out (there is no vision yet).
 */
export function tensionHistory(
  vision: readonly VisionPoint[],
  reality: readonly RealityPoint[],
): HistoryPoint[] {
  const visionSorted = byTime(vision);
  const realitySorted = byTime(reality);
  const instants = [...new Set([...vision, ...reality].map((p) => Date.parse(p.at)))].sort(
    (a, b) => a - b,
  );
  const history: HistoryPoint[] = [];
  for (const instant of instants) {
    const v = valueAt(visionSorted, instant);
    if (!v) continue;
    const r = valueAt(realitySorted, instant);
    const realityLevel = r?.level ?? null;
    history.push({
      at: new Date(instant).toISOString(),
      visionLevel: v.visionLevel,
      realityLevel,
      tension: creativeTension(v.visionLevel, realityLevel),
    });
  }
  return history;
}

/**
 * The level in force at the start of a window: the last record at or before the start, or
 * else the first record inside the window; null when there is no record up to `end`.
 */
function levelAtWindowStart<T extends { at: string }>(
  sorted: readonly T[],
  start: number,
  end: number,
): T | null {
  const before = valueAt(sorted, start);
  if (before) return before;
  const first = sorted[0];
  return first && Date.parse(first.at) <= end ? first : null;
}

export type Erosion = {
  eroding: boolean;
  /** How far the vision level came down over the window (0 when it did not). */
  visionDrop: number;
  /** How far the reality level rose over the window (negative when it fell). */
  realityRise: number;
};

/**
 * An eroding goal: the vision level was lowered within the last 90 days by at least as much as
 * the reality level rose over the same window — both measured from the last record at or
 * before the window's start (or the first record inside it) to the latest record by `now`.
 * Records after `now` are ignored.
 */
export function erosion(
  vision: readonly VisionPoint[],
  reality: readonly RealityPoint[],
  now: string,
  windowDays = EROSION_WINDOW_DAYS,
): Erosion {
  const end = Date.parse(now);
  const start = end - windowDays * DAY_MS;
  const visionSorted = byTime(vision);
  const realitySorted = byTime(reality);
  const visionStart = levelAtWindowStart(visionSorted, start, end);
  const visionNow = valueAt(visionSorted, end);
  const visionDrop =
    visionStart && visionNow ? Math.max(0, visionStart.visionLevel - visionNow.visionLevel) : 0;
  const realityStart = levelAtWindowStart(realitySorted, start, end);
  const realityNow = valueAt(realitySorted, end);
  const realityRise = realityStart && realityNow ? realityNow.level - realityStart.level : 0;
  return { eroding: visionDrop > 0 && visionDrop >= realityRise, visionDrop, realityRise };
}

/** How the reality level moved at the latest assessment: latest − previous, null if fewer than two. */
export function realityChange(reality: readonly RealityPoint[]): number | null {
  const sorted = byTime(reality);
  const last = sorted.at(-1);
  const previous = sorted.at(-2);
  return last && previous ? last.level - previous.level : null;
}
