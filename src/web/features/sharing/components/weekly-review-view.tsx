import { useTranslation } from '../../../lib/use-translation';
import type { WeeklyReview } from '../../../../contracts/reviews';
import { formatPercent } from '../../../lib/review-words';
import { ReadOnlyTitle } from '../../../components/patterns/read-only-title';
import { weekTitle } from './week-title';
import { ReadOnlyLabel } from '../../../components/patterns/read-only-label';
import { ReadOnlyProse } from '../../../components/patterns/read-only-prose';

/** A shared weekly review, read only. */
export function WeeklyReviewView({ review, owner }: { review: WeeklyReview; owner: string }) {
  const { t } = useTranslation();
  const locale = navigator.language;
  const answers = [
    ['wentWell', review.wentWell],
    ['learned', review.learned],
  ] as const;
  return (
    <>
      <ReadOnlyTitle>{weekTitle(review, t)}</ReadOnlyTitle>
      <section className="flex flex-col gap-1 rounded-xl border border-line bg-surface p-5 sm:p-6">
        <ReadOnlyLabel>{t('sharing.item.alignment')}</ReadOnlyLabel>
        {review.alignment === null ? (
          <p className="text-ink-muted">{t('sharing.item.notRated')}</p>
        ) : (
          <>
            <p className="text-3xl font-semibold text-ink tabular-nums">
              {formatPercent(review.alignment, locale)}
            </p>
            <p className="max-w-prose text-sm text-ink-muted">
              {t('sharing.item.alignmentExplain', { name: owner })}
            </p>
          </>
        )}
      </section>
      {answers.map(([part, text]) => (
        <section key={part} className="flex flex-col gap-2">
          <ReadOnlyLabel>{t(`sharing.item.${part}`)}</ReadOnlyLabel>
          {text.trim() ? (
            <ReadOnlyProse>{text}</ReadOnlyProse>
          ) : (
            <p className="text-[0.9375rem] text-ink-muted">{t('sharing.item.nothingWritten')}</p>
          )}
        </section>
      ))}
      {review.valueRatings.length > 0 ? (
        <section className="flex flex-col gap-3">
          <ReadOnlyLabel>{t('sharing.item.values')}</ReadOnlyLabel>
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
            {review.valueRatings.map((rating, index) => (
              <li key={rating.valueId ?? index} className="flex flex-col gap-1 px-4 py-3">
                <div className="flex items-baseline justify-between gap-4">
                  <span className="font-medium break-words text-ink">{rating.name}</span>
                  <span className="shrink-0 text-ink-muted tabular-nums">
                    {t('review.rating.of', { value: rating.rating })}
                  </span>
                </div>
                {rating.evidence ? (
                  <p className="max-w-prose text-[0.9375rem] whitespace-pre-line break-words text-ink-muted">
                    {rating.evidence}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="flex flex-col gap-2">
        <ReadOnlyLabel>{t('sharing.item.focus')}</ReadOnlyLabel>
        {review.focus.trim() ? (
          <ReadOnlyProse>{review.focus}</ReadOnlyProse>
        ) : (
          <p className="text-[0.9375rem] text-ink-muted">{t('sharing.item.nothingWritten')}</p>
        )}
      </section>
    </>
  );
}
