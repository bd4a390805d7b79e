import { useId, type ReactNode } from 'react';

/**
 * A section of a practice's page: its title in small capitals over a box (`className`) that
 * holds the section's content.
 */
export function PracticeSection({
  title,
  className,
  children,
}: {
  title: string;
  className: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {title}
      </h2>
      <div className={className}>{children}</div>
    </section>
  );
}
