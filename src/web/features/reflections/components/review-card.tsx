import { useTranslation } from '../../../lib/use-translation';
import type { WeeklyReview } from '../../../../contracts/reviews';
import { weekRange } from '../../../lib/review-words';
import { plainLine } from '../journal-words';
import { FoundCard } from './found-card';

/** A weekly review in the Journal's list: its week, what went well (or what I learned). */
export function ReviewCard({ review }: { review: WeeklyReview }) {
  const { t } = useTranslation();
  const opening = [review.wentWell, review.learned, review.focus]
    .flatMap((text) => text.split('\n'))
    .map(plainLine)
    .find(Boolean);
  return (
    <FoundCard
      kind={t('search.types.review')}
      title={t('search.reviewTitle', { range: weekRange(review.week, navigator.language) })}
      to={`/review/${review.week}`}
      date={review.weekStart}
    >
      {opening ? (
        <p className="line-clamp-3 max-w-prose font-serif text-[0.9375rem] leading-relaxed break-words text-ink-muted">
          {opening}
        </p>
      ) : null}
    </FoundCard>
  );
}
