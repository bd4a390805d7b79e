import type { AlignmentTrend, WeeklyReview } from '../../../contracts/reviews';
import { alignment } from '../../../core/alignment';
import { mondayOfIsoWeek } from '../../../core/calendar';
import type { RatingRow, ReviewRow } from './commands';

/** A weekly review with its alignment and its ratings, each with the value's name as rated. */
export function presentReview(row: ReviewRow, ratings: RatingRow[]): WeeklyReview {
  const own = ratings.filter((r) => r.reviewId === row.id).sort((a, b) => a.position - b.position);
  return {
    id: row.id,
    week: row.week,
    weekStart: mondayOfIsoWeek(row.week) ?? '',
    alignment: alignment(own.map((r) => r.rating)),
    valueRatings: own.map((r) => ({
      valueId: r.valueId,
      name: r.valueName,
      rating: r.rating,
      evidence: r.evidence,
    })),
    wentWell: row.wentWell,
    learned: row.learned,
    focus: row.focus,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * The alignment of each reviewed week (oldest first, weeks without ratings left out) and each
 * value's ratings over those weeks: the person's values by rank under their current name, then
 * deleted values under the name they were last rated with.
 */
export function presentAlignmentTrend(
  reviews: { id: string; week: string }[],
  ratings: RatingRow[],
  values: { id: string; name: string }[],
): AlignmentTrend {
  const weekOf = new Map(reviews.map((r) => [r.id, r.week]));
  const points = reviews.flatMap(({ id, week }) => {
    const value = alignment(ratings.filter((r) => r.reviewId === id).map((r) => r.rating));
    return value === null ? [] : [{ week, alignment: value }];
  });

  const series = new Map<
    string,
    { valueId: string | null; name: string; ratings: { week: string; rating: number }[] }
  >();
  const inWeekOrder = [...ratings].sort((a, b) =>
    (weekOf.get(a.reviewId) ?? '').localeCompare(weekOf.get(b.reviewId) ?? ''),
  );
  for (const r of inWeekOrder) {
    // Ratings of a deleted value lost their id; they are kept together by the name they carry.
    const key = r.valueId ?? `deleted:${r.valueName}`;
    const entry = series.get(key) ?? { valueId: r.valueId, name: r.valueName, ratings: [] };
    entry.name = r.valueName;
    entry.ratings.push({ week: weekOf.get(r.reviewId) ?? '', rating: r.rating });
    series.set(key, entry);
  }
  const current = values.flatMap((v) => {
    const entry = series.get(v.id);
    return entry ? [{ ...entry, name: v.name }] : [];
  });
  const deleted = [...series.values()]
    .filter((entry) => entry.valueId === null)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { points, values: [...current, ...deleted] };
}
