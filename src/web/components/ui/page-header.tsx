import type { ReactNode } from 'react';

/**
 * The top of a list page: its title, with the page's main action (usually "New …") beside it
 * when there is one, and a sentence saying what the page is for underneath.
 */
export function PageHeader({
  title,
  lead,
  action,
}: {
  title: ReactNode;
  lead: ReactNode;
  action?: ReactNode;
}) {
  return (
    <header className="mb-10 flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{title}</h1>
        {action}
      </div>
      <p className="max-w-prose text-ink-muted">{lead}</p>
    </header>
  );
}
