import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * What a list shows before it has anything in it: an icon, a title and a sentence on what will
 * be here, then whatever starts it (`children`, usually the page's "New …" button).
 */
export function EmptyState({
  icon: Icon,
  title,
  body,
  children,
}: {
  icon: LucideIcon;
  title: ReactNode;
  body: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-start gap-4 rounded-xl border border-dashed border-line-strong/60 bg-surface p-6">
      <span className="flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
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
