import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useParams } from 'react-router';
import { mondayOfIsoWeek } from '../../../../core/calendar';
import { FormAlert } from '../../../components/ui/form-alert';
import { PageLoading } from '../../../components/ui/page-loading';
import { describeError } from '../../../lib/form-errors';
import type { ShareControl } from '../../../lib/share-control';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useWeeklyReview } from '../api';
import { formatPercent, weekNumber, weekRange } from '../../../lib/review-words';

/**
 * A past week's review, to read: what went well, what I learned, my values, the focus; and,
 * when the app passes it in, "Who can see this" (`ShareControl`).
 */
export function ReviewWeekPage({ ShareControl }: { ShareControl?: ShareControl } = {}) {
  const { t } = useTranslation();
  const { week = '' } = useParams();
  const exists = mondayOfIsoWeek(week) !== null;
  const review = useWeeklyReview(exists ? week : undefined);
  const title = exists ? t('review.weekTitle', { number: weekNumber(week) }) : t('review.title');
  useDocumentTitle(title);
  const locale = navigator.language;

  return (
    <>
      <Link
        to="/review"
        className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {t('review.back')}
      </Link>
      <header className="mb-8 flex flex-col gap-1">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{title}</h1>
        {exists ? <p className="text-ink-muted">{weekRange(week, locale)}</p> : null}
        {ShareControl && review.data ? (
          <div className="mt-2">
            <ShareControl
              itemType="weekly_review"
              itemId={review.data.id}
              itemTitle={`${title} · ${weekRange(week, locale)}`}
            />
          </div>
        ) : null}
      </header>
      {!exists || review.data === null ? (
        <p className="text-ink-muted">{t('review.notFound')}</p>
      ) : review.isError ? (
        <FormAlert>{describeError(review.error, t)}</FormAlert>
      ) : !review.data ? (
        <PageLoading />
      ) : (
        <div className="flex flex-col gap-8">
          <p className="text-lg text-ink">
            {review.data.alignment === null
              ? t('review.past.notRated')
              : t('review.live.percent', {
                  percent: formatPercent(review.data.alignment, locale),
                })}
          </p>
          <Answer title={t('review.steps.wentWell.title')} text={review.data.wentWell} />
          <Answer title={t('review.steps.learned.title')} text={review.data.learned} />
          {review.data.valueRatings.length > 0 ? (
            <Part title={t('review.steps.values.title')}>
              <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
                {review.data.valueRatings.map((rating, index) => (
                  <li key={rating.valueId ?? index} className="flex flex-col gap-1 px-4 py-3">
                    <div className="flex items-baseline justify-between gap-4">
                      <span className="font-medium break-words text-ink">{rating.name}</span>
                      <span className="text-ink-muted tabular-nums">
                        {t('review.rating.of', { value: rating.rating })}
                      </span>
                    </div>
                    {rating.evidence ? (
                      <p className="max-w-prose text-[0.9375rem] whitespace-pre-line text-ink-muted">
                        {rating.evidence}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Part>
          ) : null}
          <Answer title={t('review.steps.focus.title')} text={review.data.focus} />
        </div>
      )}
    </>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold tracking-tight text-ink">{title}</h2>
      {children}
    </section>
  );
}

function Answer({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Part title={title}>
      <p className="max-w-prose leading-relaxed whitespace-pre-line text-ink">
        {text || <span className="text-ink-muted">{t('review.nothingWritten')}</span>}
      </p>
    </Part>
  );
}
