import { ArrowDown } from 'lucide-react';
import type { ReactNode } from 'react';

/** One link of the chain, joined to the next by a quiet arrow. */
export function ReactionStep({
  title,
  accent = false,
  last = false,
  children,
}: {
  title: string;
  accent?: boolean;
  last?: boolean;
  children: ReactNode;
}) {
  return (
    <li className="flex flex-col items-stretch">
      <section
        className={
          accent
            ? 'flex flex-col gap-2 rounded-xl border border-accent/40 bg-accent-soft/50 p-4 sm:p-5'
            : 'flex flex-col gap-2 rounded-xl border border-line bg-surface p-4 sm:p-5'
        }
      >
        <h2
          className={
            accent
              ? 'text-sm font-semibold tracking-wide text-accent-ink uppercase'
              : 'text-sm font-semibold tracking-wide text-ink-muted uppercase'
          }
        >
          {title}
        </h2>
        {children}
      </section>
      {last ? null : (
        <ArrowDown aria-hidden className="my-1.5 size-4 self-center text-line-strong" />
      )}
    </li>
  );
}
