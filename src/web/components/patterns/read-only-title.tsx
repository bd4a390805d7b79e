import { clsx } from 'clsx';
import type { ReactNode } from 'react';

/** The title of an item read on its own page (a shared item, for one). */
export function ReadOnlyTitle({
  children,
  serif = false,
}: {
  children: ReactNode;
  serif?: boolean;
}) {
  return (
    <h1
      className={clsx(
        'text-3xl leading-tight font-semibold tracking-tight text-balance break-words text-ink',
        serif && 'font-serif',
      )}
    >
      {children}
    </h1>
  );
}
