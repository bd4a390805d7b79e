import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * A chart's numbers as a table, folded away under `summary` for anyone who would rather read
 * them; `caption` names the table for screen readers, `children` are its head and body.
 */
export function ChartTableDisclosure({
  summary,
  caption,
  children,
}: {
  summary: string;
  caption: string;
  children: ReactNode;
}) {
  return (
    <details className="group rounded-lg border border-line">
      <summary className="flex cursor-pointer items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-ink marker:content-none hover:bg-sunken">
        <ChevronRight
          aria-hidden
          className="size-4 text-ink-muted transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
        />
        {summary}
      </summary>
      <div className="overflow-x-auto border-t border-line px-3 py-2">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}
