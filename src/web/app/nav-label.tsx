import { clsx } from 'clsx';
import { useTranslation } from '../lib/use-translation';
import { useInboxCount } from '../lib/inbox-count';

/**
 * A navigation entry's words, and for the inbox (or "More" holding it on phones) the unread
 * count beside them: seen as a small badge, heard as "Inbox, 3 unread".
 */
export function NavLabel({
  text,
  unreadBadge = false,
  corner = false,
}: {
  text: string;
  unreadBadge?: boolean;
  /** On the phone's bar: the badge sits on the icon's corner instead of after the words. */
  corner?: boolean;
}) {
  const { t } = useTranslation();
  const count = useInboxCount(unreadBadge).data?.unread ?? 0;
  return (
    <>
      <span>{text}</span>
      {unreadBadge && count > 0 ? (
        <>
          <span
            aria-hidden
            className={clsx(
              corner ? 'absolute top-1 left-1/2 ml-1.5' : 'ml-auto',
              'min-w-5 rounded-full bg-accent px-1.5 text-center text-xs leading-5 font-semibold text-on-accent',
            )}
          >
            {count > 99 ? '99+' : count}
          </span>
          <span className="sr-only">, {t('inbox.badge', { count })}</span>
        </>
      ) : null}
    </>
  );
}
