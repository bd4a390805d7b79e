import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A teaching empty state inside a Today section: what this is for, and the first step. */
export function EmptyNote({
  title,
  children,
  to,
  action,
}: {
  title: string;
  children: ReactNode;
  to: string;
  action: string;
}) {
  return (
    <div className="flex flex-col items-start gap-2 rounded-xl border border-dashed border-line-strong/60 bg-surface p-5">
      <p className="font-medium text-ink">{title}</p>
      <p className="max-w-prose text-[0.9375rem] text-ink-muted">{children}</p>
      <Link
        to={to}
        className="mt-1 rounded-sm text-[0.9375rem] font-medium text-accent-ink underline-offset-4 hover:underline"
      >
        {action}
      </Link>
    </div>
  );
}

/** The heading of a Today section, quiet and small like the Vision page's. */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
      {children}
    </h2>
  );
}
