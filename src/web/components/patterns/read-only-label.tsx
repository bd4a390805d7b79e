import type { ReactNode } from 'react';

/** A label above a part of an item read on its own page. */
export function ReadOnlyLabel({ children }: { children: ReactNode }) {
  return (
    <h2 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">{children}</h2>
  );
}
