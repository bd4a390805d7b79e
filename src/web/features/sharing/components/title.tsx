import { clsx } from 'clsx';
import { type ReactNode } from 'react';

/** The title of a shared item. */
export function Title({ children, serif = false }: { children: ReactNode; serif?: boolean }) {
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
