import { clsx } from 'clsx';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { InboxItem } from '../../../../contracts/inbox';
import { formatShortDate } from '../../../lib/format';

/**
 * One inbox item: what happened (who and what kind, never their words), when, and a link to it
 * that marks it read as it opens. Unread items carry a dot and a heavier title.
 */
export function InboxRow({
  item,
  timeZone,
  now,
  onOpen,
}: {
  item: InboxItem;
  timeZone: string;
  now: Date;
  onOpen: (item: InboxItem) => void;
}) {
  const { t } = useTranslation();
  const unread = item.readAt === null;
  return (
    <li className="relative flex items-start gap-3 px-4 py-3.5 transition-colors duration-150 hover:bg-sunken/50 sm:px-5">
      <span
        aria-hidden
        className={clsx(
          'mt-2 size-2 shrink-0 rounded-full',
          unread ? 'bg-accent' : 'bg-transparent',
        )}
      />
      <div className="flex min-w-0 flex-col gap-0.5">
        <span className="text-xs font-medium tracking-wide text-ink-muted uppercase">
          {t(`inbox.kinds.${item.kind}`)}
        </span>
        <Link
          to={item.url}
          onClick={() => onOpen(item)}
          className={clsx(
            'rounded-sm break-words text-ink after:absolute after:inset-0 hover:text-accent-ink',
            unread ? 'font-semibold' : 'font-normal',
          )}
        >
          {item.title}
          {unread ? <span className="sr-only">{t('inbox.unreadMark')}</span> : null}
        </Link>
        <span className="text-sm text-ink-muted">
          {formatShortDate(item.at, navigator.language, timeZone, now)}
        </span>
      </div>
    </li>
  );
}
