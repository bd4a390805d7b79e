import type { TFunction } from '../../../lib/words';
import type { WeeklyReview } from '../../../../contracts/reviews';
import { weekNumber, weekRange } from '../../../lib/review-words';

/** A week's review by its number and days, e.g. "Week 47 · 16–22 Nov 2026". */
export function weekTitle(review: WeeklyReview, t: TFunction): string {
  return t('sharing.item.weekTitle', {
    number: weekNumber(review.week),
    range: weekRange(review.week, navigator.language),
  });
}
