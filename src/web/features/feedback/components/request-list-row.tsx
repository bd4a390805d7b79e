import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';

/** One row of a list of requests, opened as a whole through the link in it. */
export function RequestListRow({ children }: { children: ReactNode }) {
  return (
    <li className="relative flex items-center justify-between gap-4 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5">
      <div className="flex min-w-0 flex-col gap-1">{children}</div>
      <ChevronRight aria-hidden className="size-5 shrink-0 text-ink-muted" />
    </li>
  );
}
