import { clsx } from 'clsx';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { FeedbackRequest } from '../../../../contracts/feedback';
import { formatDate } from '../../../lib/format';
import { RequestListRow } from './request-list-row';
import { useCurrentUser } from '../../../lib/session';
import { isOpen } from '../feedback-view';

/** One request of mine: its question, what it is about, whether it is open, and its answers. */
export function RequestRow({ request }: { request: FeedbackRequest }) {
  const { t } = useTranslation();
  const { data: me } = useCurrentUser();
  const open = isOpen(request, new Date());
  return (
    <RequestListRow>
      <h3 className="font-serif text-lg leading-snug break-words text-ink">
        <Link
          to={`/feedback/requests/${request.id}`}
          className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
        >
          {request.question}
        </Link>
      </h3>
      {request.aspiration ? (
        <p className="text-sm text-ink-muted">
          {t('feedback.list.about', { title: request.aspiration.title })}
        </p>
      ) : null}
      <p className="text-sm text-ink-muted">
        {t('feedback.list.asked', { count: request.recipientCount })}
        {' · '}
        {open
          ? t('feedback.list.openUntil', {
              date: formatDate(request.expiresAt, navigator.language, me?.timeZone),
            })
          : t('feedback.list.closed')}
      </p>
      <p
        className={clsx(
          'text-sm',
          request.answers.length > 0 ? 'font-medium text-accent-ink' : 'text-ink-muted',
        )}
      >
        {request.answers.length > 0
          ? t('feedback.list.answers', { count: request.answers.length })
          : t('feedback.list.noAnswers')}
      </p>
    </RequestListRow>
  );
}
