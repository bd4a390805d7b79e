import { type ReactNode } from 'react';

/** A label above a part of a shared item. */
export function Label({ children }: { children: ReactNode }) {
  return (
    <h2 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">{children}</h2>
  );
}
