import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * One row of a `LinkList`: the name (`children`) links to `to` and the whole row is its target;
 * `meta` is a quiet line under it; `action`, when given, a button beside it; a chevron says the
 * row opens a page.
 *
 * @example <LinkRow to={`/teams/${team.id}`} meta={t('orgs.teams.count', { count })}>{team.name}</LinkRow>
 */
export function LinkRow({
  to,
  meta,
  children,
  action,
}: {
  to: string;
  meta: ReactNode;
  children: ReactNode;
  /** A button of the row's own (e.g. "Join"), above the row's link so it takes its own clicks. */
  action?: ReactNode;
}) {
  return (
    <li className="relative flex items-center justify-between gap-4 px-4 py-3 transition-colors duration-150 hover:bg-sunken/50">
      <div className="flex min-w-0 flex-col gap-0.5">
        <Link
          to={to}
          className="rounded-sm font-medium break-words text-ink after:absolute after:inset-0 hover:text-accent-ink"
        >
          {children}
        </Link>
        <span className="text-sm text-ink-muted">{meta}</span>
      </div>
      {action ? <div className="relative z-10 shrink-0">{action}</div> : null}
      <ChevronRight aria-hidden className="size-5 shrink-0 text-ink-muted" />
    </li>
  );
}
