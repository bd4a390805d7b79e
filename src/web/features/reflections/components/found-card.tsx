import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../lib/format';

/**
 * A card in the Journal for something other than a reflection (a search result of any kind, a
 * weekly review): its kind, its title as the link to its page (the whole card is the target),
 * its date and a passage.
 */
export function FoundCard({
  kind,
  title,
  to,
  date,
  children,
}: {
  kind: string;
  title: string;
  to: string;
  date: string;
  children: ReactNode;
}) {
  const locale = navigator.language;
  return (
    <article className="relative flex flex-col gap-2.5 rounded-xl border border-line bg-surface px-4 py-4 transition-colors duration-150 hover:border-line-strong/60 sm:px-5">
      <p className="text-xs font-semibold tracking-wide text-accent-ink uppercase">{kind}</p>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
        <h3 className="min-w-0 font-serif text-lg leading-snug font-semibold break-words text-ink">
          <Link
            to={to}
            className="rounded-sm after:absolute after:inset-0 after:rounded-xl hover:text-accent-ink"
          >
            {title}
          </Link>
        </h3>
        <p className="text-sm text-ink-muted">
          <time dateTime={date}>
            {formatCalendarDate(date, locale, {
              weekday: 'short',
              day: 'numeric',
              month: 'short',
              year: 'numeric',
            })}
          </time>
        </p>
      </div>
      {children}
    </article>
  );
}
