import type { ReactNode } from 'react';

/**
 * What a narrowed list (a search, a filter) says when nothing matches; not the empty state of a
 * first visit.
 *
 * @example <NothingFound>{t('learning.nothingFound')}</NothingFound>
 */
export function NothingFound({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-xl border border-dashed border-line-strong/60 bg-surface p-5 text-ink-muted">
      {children}
    </p>
  );
}
