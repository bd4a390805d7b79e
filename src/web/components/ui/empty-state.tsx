import { clsx } from 'clsx';
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * What a list shows before it has anything in it: an icon, a title and a sentence on what will
 * be here, then whatever starts it (`children`, usually the page's "New …" button). `inset` is
 * the smaller one inside a card, its icon beside the words.
 */
export function EmptyState({
  icon: Icon,
  title,
  body,
  inset = false,
  children,
}: {
  icon: LucideIcon;
  title: ReactNode;
  body: ReactNode;
  inset?: boolean;
  children?: ReactNode;
}) {
  return (
    <div
      className={clsx(
        'flex items-start gap-4 border border-dashed',
        inset
          ? 'rounded-lg border-line bg-paper p-4'
          : 'flex-col rounded-xl border-line-strong/60 bg-surface p-6',
      )}
    >
      <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
        <Icon aria-hidden className="size-5" />
      </span>
      <div className="flex flex-col gap-1">
        <p className="font-medium text-ink">{title}</p>
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">{body}</p>
      </div>
      {children}
    </div>
  );
}
