/**
 * Values-to-actions alignment for a week: each top value rated 0–10 for how well the week's
 * actions reflected it; alignment = mean × 10, in percent. Null when nothing was rated.
 */
export function alignment(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  const mean = ratings.reduce((sum, r) => sum + r, 0) / ratings.length;
  return Math.round(mean * 100) / 10;
}
