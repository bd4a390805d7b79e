import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * One open space of a pair-space list (a delegation agreement, a 1:1): its name as a link that
 * covers the whole row, its organization beside it, and a quiet line of facts separated by dots.
 *
 * @example
 * <PairSpaceRow to={`/one-on-ones/${space.id}`} title={space.title} org={space.org.name}
 *   facts={[whose, openTopics, openActions]} />
 */
export function PairSpaceRow({
  to,
  title,
  org,
  facts,
  children,
}: {
  to: string;
  title: ReactNode;
  org: ReactNode;
  /** Short facts, shown in this order with a dot between them. */
  facts: readonly ReactNode[];
  /** Shown after the facts with no dot before it, e.g. a badge. */
  children?: ReactNode;
}) {
  return (
    <li className="relative flex flex-col gap-1.5 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
        <h2 className="min-w-0 text-base font-semibold break-words text-ink">
          {/* The whole row is the link's target area; the text stays a normal link. */}
          <Link to={to} className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink">
            {title}
          </Link>
        </h2>
        <span className="text-sm text-ink-muted">{org}</span>
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink-muted">
        {facts.map((fact, index) => (
          <Fragment key={index}>
            {index > 0 ? <span aria-hidden>·</span> : null}
            <span>{fact}</span>
          </Fragment>
        ))}
        {children}
      </p>
    </li>
  );
}
