import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A row's or card's title as a link whose target area covers the whole row or card (give that
 * a `relative` class); the text stays a normal link.
 *
 * @example <h3><StretchedLink to={`/learning/${item.id}`}>{item.title}</StretchedLink></h3>
 */
export function StretchedLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink">
      {children}
    </Link>
  );
}
