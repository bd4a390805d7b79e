import { ChartNoAxesCombined } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * What a chart says instead of drawing while it has too little to show: what it needs, in
 * plain words ("Patterns appear after three reactions"), in a quiet box of the chart's place.
 */
export function ChartNeeds({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-28 items-center gap-3 rounded-lg border border-dashed border-line-strong px-4 py-5 text-[0.9375rem] text-ink-muted">
      <ChartNoAxesCombined aria-hidden className="size-5 shrink-0" />
      <p className="max-w-prose">{children}</p>
    </div>
  );
}

/**
 * The frame of a chart: the chart itself (`children`, hidden from screen readers), its caption,
 * then `table`, the same numbers as a table (off-screen or in a disclosure) for anyone who would
 * rather read them. While `needs` is given (what the chart still needs, in words), the chart is
 * not drawn: the frame says that instead.
 *
 * @example
 * <ChartFigure caption={t('review.trend.caption')} table={<ChartTableDisclosure …>…</ChartTableDisclosure>}>
 *   <LineChart {...chartFrame} data={points}>…</LineChart>
 * </ChartFigure>
 */
export function ChartFigure({
  caption,
  table,
  needs,
  children,
}: {
  caption: string;
  table: ReactNode;
  needs?: string | null;
  children: ReactNode;
}) {
  if (needs) return <ChartNeeds>{needs}</ChartNeeds>;
  return (
    <figure className="flex flex-col gap-3">
      <div aria-hidden className="w-full">
        {children}
      </div>
      <figcaption className="text-sm text-ink-muted">{caption}</figcaption>
      {table}
    </figure>
  );
}
