import { type ReactNode } from 'react';

export function Prose({ children }: { children: ReactNode }) {
  return (
    <p className="max-w-prose font-serif text-[1.0625rem] leading-relaxed whitespace-pre-line break-words text-ink">
      {children}
    </p>
  );
}
