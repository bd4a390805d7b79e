import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * One row of `PairSpaceArchive`: the space's name as a link over a quiet line of detail.
 *
 * @example
 * <PairSpaceArchivedRow to={`/delegation/${a.id}`} title={name} detail={a.org.name} />
 */
export function PairSpaceArchivedRow({
  to,
  title,
  detail,
}: {
  to: string;
  title: ReactNode;
  detail: ReactNode;
}) {
  return (
    <li className="flex flex-col px-4 py-3">
      <Link
        to={to}
        className="rounded-sm font-medium break-words text-ink underline-offset-4 hover:text-accent-ink hover:underline"
      >
        {title}
      </Link>
      <span className="text-sm text-ink-muted">{detail}</span>
    </li>
  );
}
