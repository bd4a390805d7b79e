import { clsx } from 'clsx';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { AskedOfMe } from '../../../../contracts/feedback';
import { formatDate } from '../../../lib/format';
import { RequestListRow } from './request-list-row';
import { useCurrentUser } from '../../../lib/session';

/** One request asked of me: who asks what, until when, and whether I answered it. */
export function AskedRow({ request }: { request: AskedOfMe }) {
  const { t } = useTranslation();
  const { data: me } = useCurrentUser();
  const date = formatDate(request.closesAt, navigator.language, me?.timeZone);
  return (
    <RequestListRow>
      <p className="text-sm text-ink-muted">
        {t('feedback.asked.from', { name: request.requester.name })}
      </p>
      <h3 className="font-serif text-lg leading-snug break-words text-ink">
        <Link
          to={`/feedback/asked/${request.id}`}
          className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
        >
          {request.question}
        </Link>
      </h3>
      <p
        className={clsx(
          'text-sm',
          !request.answered && !request.closed ? 'font-medium text-accent-ink' : 'text-ink-muted',
        )}
      >
        {request.answered
          ? t('feedback.asked.answered')
          : request.closed
            ? t('feedback.asked.closed', { date })
            : t('feedback.asked.open', { date })}
      </p>
    </RequestListRow>
  );
}
