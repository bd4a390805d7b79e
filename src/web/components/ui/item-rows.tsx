import type { ReactNode } from 'react';

/** A bordered list divided into rows, for short lists of people or invitations. */
export function ItemRows({ children }: { children: ReactNode }) {
  return <ul className="divide-y divide-line rounded-lg border border-line">{children}</ul>;
}

/**
 * One row of `ItemRows`: what it is (a name, an address) over a quieter line of detail, and its
 * actions at the end, wrapping under it on narrow screens.
 */
export function ItemRow({
  title,
  detail,
  actions,
}: {
  title: ReactNode;
  detail: ReactNode;
  actions: ReactNode;
}) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
      <div className="flex min-w-0 flex-col">
        {title}
        <span className="text-sm text-ink-muted">{detail}</span>
      </div>
      {actions}
    </li>
  );
}
