import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One numbered step of the weekly review. */
export function Step({
  number,
  title,
  description,
  children,
}: {
  number: number;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <header className="mb-5 flex flex-col gap-1">
        <p className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
          {t('review.stepOf', { number, count: 5 })}
        </p>
        <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
          {title}
        </h2>
        {description ? (
          <p className="max-w-prose text-[0.9375rem] text-ink-muted">{description}</p>
        ) : null}
      </header>
      {children}
    </section>
  );
}
