import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/ui/form-alert';
import { describeError } from '../../../lib/form-errors';
import { useWeeklyReviews } from '../api';
import { formatPercent, weekNumber, weekRange } from '../../../lib/review-words';

/** The earlier weekly reviews, each with its alignment. */
export function PastReviews({ currentWeek }: { currentWeek: string }) {
  const { t } = useTranslation();
  const list = useWeeklyReviews();
  const headingId = useId();
  const locale = navigator.language;
  const past = (list.data ?? []).filter((review) => review.week !== currentWeek);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-xl font-semibold tracking-tight text-ink">
        {t('review.past.title')}
      </h2>
      {list.isError ? (
        <FormAlert>{describeError(list.error, t)}</FormAlert>
      ) : !list.data ? null : past.length === 0 ? (
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">{t('review.past.empty')}</p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {past.map((review) => (
            <li
              key={review.week}
              className="relative flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-sunken/50 sm:px-5"
            >
              <Link
                to={`/review/${review.week}`}
                className="rounded-sm font-medium text-ink after:absolute after:inset-0 hover:text-accent-ink"
              >
                {t('review.week', { number: weekNumber(review.week) })}
                <span className="font-normal text-ink-muted">
                  {' '}
                  · {weekRange(review.week, locale)}
                </span>
              </Link>
              <span className="text-sm text-ink-muted tabular-nums">
                {review.alignment === null
                  ? t('review.past.notRated')
                  : t('review.past.alignment', {
                      percent: formatPercent(review.alignment, locale),
                    })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
