import { clsx } from 'clsx';
import { useId, type ReactNode } from 'react';

/**
 * A quiet panel with a subtle border. With a `title` it becomes a labelled section with an h2
 * (and an optional one-line description under it); `eyebrow` is a small line above the heading
 * (e.g. "Step 2 of 5") and `actions` sit beside it. The heading takes focus from script (focus
 * lands there when what held it is gone) without showing a ring.
 *
 * @example <Card title={t('orgs.teams.title')} description={t('orgs.teams.description')}>…</Card>
 */
export function Card({
  title,
  description,
  eyebrow,
  actions,
  tone = 'default',
  className,
  children,
}: {
  title?: string;
  description?: ReactNode;
  eyebrow?: ReactNode;
  actions?: ReactNode;
  tone?: 'default' | 'danger';
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  const Tag = title ? 'section' : 'div';
  const heading = (
    <h2
      id={headingId}
      tabIndex={-1}
      className="text-lg font-semibold tracking-tight text-ink outline-none"
    >
      {title}
    </h2>
  );
  return (
    <Tag
      aria-labelledby={title ? headingId : undefined}
      className={clsx(
        'rounded-xl border bg-surface p-5 sm:p-6',
        tone === 'danger' ? 'border-danger/40' : 'border-line',
        className,
      )}
    >
      {title ? (
        <header className="mb-5 flex flex-col gap-1">
          {eyebrow ? (
            <p className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
              {eyebrow}
            </p>
          ) : null}
          {actions ? (
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              {heading}
              <div className="flex flex-wrap gap-2">{actions}</div>
            </div>
          ) : (
            heading
          )}
          {description ? (
            <p className="max-w-prose text-[0.9375rem] text-ink-muted">{description}</p>
          ) : null}
        </header>
      ) : null}
      {children}
    </Tag>
  );
}
