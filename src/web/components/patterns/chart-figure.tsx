import type { ReactNode } from 'react';

/**
 * The frame of a chart: the chart itself (`children`, hidden from screen readers), its caption,
 * then `table`, the same numbers as a table (off-screen or in a disclosure) for anyone who would
 * rather read them.
 *
 * @example
 * <ChartFigure caption={t('review.trend.caption')} table={<ChartTableDisclosure …>…</ChartTableDisclosure>}>
 *   <LineChart {...chartFrame} data={points}>…</LineChart>
 * </ChartFigure>
 */
export function ChartFigure({
  caption,
  table,
  children,
}: {
  caption: string;
  table: ReactNode;
  children: ReactNode;
}) {
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
