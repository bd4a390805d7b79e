import type { ReactNode } from 'react';

/** Plain text of an item read on its own page, its line breaks kept. */
export function ReadOnlyProse({ children }: { children: ReactNode }) {
  return (
    <p className="max-w-prose font-serif text-[1.0625rem] leading-relaxed whitespace-pre-line break-words text-ink">
      {children}
    </p>
  );
}
