import { ClipboardList } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { LinkList } from '../../../components/patterns/link-list';
import { LinkRow } from '../../../components/patterns/link-row';
import { buttonClasses } from '../../../components/ui/button';
import { LoadError } from '../../../components/ui/load-error';
import { formatCalendarDate } from '../../../lib/format';
import { useTeamAars } from '../api';
import { Card } from '../../../components/ui/card';

/** The team's after-action reviews, latest first, each with its open action items counted. */
export function ReviewsSection({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const reviews = useTeamAars(teamId);
  return (
    <Card
      title={t('teamLearning.reviews.title')}
      description={t('teamLearning.reviews.lead')}
      actions={
        <Link to={`/teams/${teamId}/reviews/new`} className={buttonClasses('primary', 'sm')}>
          <ClipboardList aria-hidden className="size-4" />
          {t('teamLearning.reviews.new')}
        </Link>
      }
    >
      {reviews.isError ? (
        <LoadError error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : !reviews.data ? (
        <p className="text-ink-muted">{t('common.loading')}</p>
      ) : reviews.data.length === 0 ? (
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">
          {t('teamLearning.reviews.empty')}
        </p>
      ) : (
        <LinkList>
          {reviews.data.map((review) => (
            <LinkRow
              key={review.id}
              to={`/aars/${review.id}`}
              meta={
                <>
                  {formatCalendarDate(review.date, navigator.language)}
                  {review.createdBy
                    ? ` · ${t('teamLearning.reviews.by', { name: review.createdBy.name })}`
                    : null}
                  {review.actionItemCount === 0
                    ? null
                    : review.openActionItemCount === 0
                      ? ` · ${t('teamLearning.reviews.allDone', { count: review.actionItemCount })}`
                      : ` · ${t('teamLearning.reviews.openItems', {
                          count: review.actionItemCount,
                          open: review.openActionItemCount,
                        })}`}
                </>
              }
            >
              {review.title}
            </LinkRow>
          ))}
        </LinkList>
      )}
    </Card>
  );
}
