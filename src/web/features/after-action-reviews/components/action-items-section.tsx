import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';

/**
 * The "Action items" part of a review, as written (a review's own items) and while writing one
 * (the rows of a new review): its heading and what action items are for, then `children`.
 */
export function ActionItemsSection({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
          {t('teamLearning.items.title')}
        </h2>
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">
          {t('teamLearning.items.lead')}
        </p>
      </header>
      {children}
    </section>
  );
}
