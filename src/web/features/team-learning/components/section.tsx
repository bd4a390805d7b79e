import { useId, type ReactNode } from 'react';

/** A section of the team page: a heading, its actions beside it, a line of explanation. */
export function Section({
  title,
  lead,
  actions,
  children,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <header className="mb-5 flex flex-col gap-1">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          {/* Focusable from script: focus lands here when what held it is gone. */}
          <h2
            id={headingId}
            tabIndex={-1}
            className="text-lg font-semibold tracking-tight text-ink outline-none"
          >
            {title}
          </h2>
          {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
        </div>
        {lead ? <p className="max-w-prose text-[0.9375rem] text-ink-muted">{lead}</p> : null}
      </header>
      {children}
    </section>
  );
}
