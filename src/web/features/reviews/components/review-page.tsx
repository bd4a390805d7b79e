import { useTranslation } from '../../../lib/use-translation';
import { isoWeekOf } from '../../../../core/calendar';
import { FormAlert } from '../../../components/ui/form-alert';
import { PageLoading } from '../../../components/ui/page-loading';
import { describeError } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyValues, useTodayDate, useWeeklyReviews } from '../api';
import { useActiveAspirations } from '../../../lib/use-active-aspirations';
import { weekNumber, weekRange } from '../../../lib/review-words';
import { ReviewForm } from './review-form';
import { TrendSection } from './trend-section';
import { PastReviews } from './past-reviews';

/** How many of my values, by rank, the review asks about. */
const TOP_VALUES = 5;

/**
 * This week's review: a calm guided flow of five steps on one page (what went well, what I
 * learned, my values rated 0–10 with the live alignment, an optional update of each active
 * aspiration's reality, next week's focus), then the alignment trend and past weeks.
 */
export function ReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('review.title'));
  const today = useTodayDate();
  const week = today.data ? isoWeekOf(today.data) : undefined;
  // This week's review, if any, is the newest in the list (a GET of a week not yet reviewed
  // would answer 404, which the browser reports as an error).
  const reviews = useWeeklyReviews();
  const values = useMyValues();
  const aspirations = useActiveAspirations();
  const queries = [today, reviews, values, aspirations];
  const failed = queries.find((query) => query.isError);

  return (
    <>
      <header className="mb-10 flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('review.title')}</h1>
        {week ? (
          <p className="text-sm font-medium text-ink-muted">
            {t('review.week', { number: weekNumber(week) })} · {weekRange(week, navigator.language)}
          </p>
        ) : null}
        <p className="max-w-prose text-ink-muted">{t('review.lead')}</p>
      </header>
      {failed ? (
        <FormAlert>
          {describeError(failed.error, t)}{' '}
          <button
            type="button"
            onClick={() => queries.forEach((query) => void query.refetch())}
            className="font-medium underline underline-offset-4"
          >
            {t('common.tryAgain')}
          </button>
        </FormAlert>
      ) : !week || !reviews.data || !values.data || !aspirations.data ? (
        <PageLoading />
      ) : (
        <div className="flex flex-col gap-12">
          <ReviewForm
            key={week}
            week={week}
            saved={reviews.data.find((review) => review.week === week) ?? null}
            values={values.data.slice(0, TOP_VALUES)}
            aspirations={aspirations.data}
          />
          <TrendSection />
          <PastReviews currentWeek={week} />
        </div>
      )}
    </>
  );
}
