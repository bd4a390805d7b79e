import type { Assessment, HistoryPoint, Revision } from '../../../contracts/vision';

/** The levels in force from `t` (milliseconds since the epoch) until the next point. */
export interface ChartPoint {
  t: number;
  vision: number;
  reality: number | null;
  /** [reality, vision] for the shaded band between the lines; null before the first assessment. */
  gap: [number, number] | null;
  /**
   * The reality level where an assessment set it (the first one, or a change), drawn as a point:
   * right after the first assessment its line has no length yet, and the point shows it.
   */
  assessed: number | null;
}

/**
 * The tension history as chart points, ending at `now` so the last levels reach the right edge
 * (the history only has a point where something changed).
 *
 * @example chartPoints([{ at: '2026-01-01T00:00:00Z', visionLevel: 8, realityLevel: 4, tension: 4 }], now)
 *   // two points: 1 Jan and now, both vision 8, reality 4, gap [4, 8]
 */
export function chartPoints(history: readonly HistoryPoint[], now: number): ChartPoint[] {
  const points: ChartPoint[] = history.map((point, index) => ({
    t: Date.parse(point.at),
    vision: point.visionLevel,
    reality: point.realityLevel,
    gap:
      point.realityLevel === null
        ? null
        : ([point.realityLevel, point.visionLevel] as [number, number]),
    assessed:
      point.realityLevel !== null && point.realityLevel !== history[index - 1]?.realityLevel
        ? point.realityLevel
        : null,
  }));
  const last = points.at(-1);
  if (last && now > last.t) points.push({ ...last, t: now, assessed: null });
  return points;
}

export type TimelineEntry =
  | {
      kind: 'vision';
      /** created: the first version; raised/lowered: the level moved; reworded: only the words. */
      change: 'created' | 'raised' | 'lowered' | 'reworded';
      at: string;
      id: string;
      revision: Revision;
    }
  | { kind: 'assessment'; at: string; id: string; assessment: Assessment; previous: number | null };

/**
 * Vision revisions and reality assessments as one history, newest first. Each assessment
 * knows the level of the one before it.
 */
export function timeline(
  revisions: readonly Revision[],
  assessments: readonly Assessment[],
): TimelineEntry[] {
  const vision: TimelineEntry[] = revisions.map((revision) => ({
    kind: 'vision',
    change:
      revision.previousVisionLevel === null
        ? 'created'
        : revision.visionLevel > revision.previousVisionLevel
          ? 'raised'
          : revision.visionLevel < revision.previousVisionLevel
            ? 'lowered'
            : 'reworded',
    at: revision.at,
    id: revision.id,
    revision,
  }));
  const oldestFirst = [...assessments].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const reality: TimelineEntry[] = oldestFirst.map((assessment, index) => ({
    kind: 'assessment',
    at: assessment.at,
    id: assessment.id,
    assessment,
    previous: oldestFirst[index - 1]?.level ?? null,
  }));
  return [...vision, ...reality].sort(
    (a, b) =>
      Date.parse(b.at) - Date.parse(a.at) ||
      // At one instant the vision comes first and its assessment after it, so newest first
      // lists the assessment above.
      (a.kind === b.kind ? 0 : a.kind === 'assessment' ? -1 : 1),
  );
}

/** The assessment before the latest one, if there are two or more (assessments newest first). */
export function previousAssessment(assessments: readonly Assessment[]): Assessment | null {
  const sorted = [...assessments].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return sorted[1] ?? null;
}

/**
 * Up to `count` evenly spaced ticks from `first` to `last` (milliseconds), each with its label;
 * ticks whose label repeats an earlier one (two on the same day) are left out.
 */
export function timeTicks(
  first: number,
  last: number,
  count: number,
  label: (ms: number) => string,
): { t: number; label: string }[] {
  const positions =
    count < 2 || last <= first
      ? [last]
      : Array.from({ length: count }, (_, i) => first + ((last - first) * i) / (count - 1));
  const seen = new Set<string>();
  return positions.flatMap((t) => {
    const text = label(t);
    if (seen.has(text)) return [];
    seen.add(text);
    return [{ t, label: text }];
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a card's sparkline has something to show at `now`: two points or more, a day apart
 * at least (a sparkline of a few minutes is noise). Known before the chart's code is loaded.
 */
export function sparklineShown(history: readonly HistoryPoint[], now: number): boolean {
  const last = history.length > 0 ? Date.parse(history.at(-1)!.at) : 0;
  const points = chartPoints(history, Math.max(now, last));
  return points.length >= 2 && points.at(-1)!.t - points[0]!.t >= DAY_MS;
}
