import { clsx } from 'clsx';
import { useId, type ReactNode } from 'react';

/**
 * A quiet panel with a subtle border. With a `title` it becomes a labelled section with an h2
 * (and an optional one-line description under it).
 */
export function Card({
  title,
  description,
  tone = 'default',
  className,
  children,
}: {
  title?: string;
  description?: ReactNode;
  tone?: 'default' | 'danger';
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  const Tag = title ? 'section' : 'div';
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
          <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
            {title}
          </h2>
          {description ? (
            <p className="max-w-prose text-[0.9375rem] text-ink-muted">{description}</p>
          ) : null}
        </header>
      ) : null}
      {children}
    </Tag>
  );
}
