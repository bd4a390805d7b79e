import { useTranslation } from '../../../lib/use-translation';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { AnonymousFigure } from '../../../../contracts/anonymity';
import { ChartNeeds } from '../../../components/patterns/chart-figure';
import { ChartTableDisclosure } from '../../../components/patterns/chart-table-disclosure';
import { pointTooltip } from '../../../components/patterns/point-tooltip';
import { chartAxis, chartFrame, chartGrid } from '../../../components/ui/chart';

/** One cell of a chart: a week, a bucket, a kind or a theme, with its figure. */
export type FigureCell = { key: string; label: string; long: string; figure: AnonymousFigure };

type Point = { key: string; label: string; long: string; value: number | null };

/**
 * One anonymous figure over its cells (weeks of a trend, buckets of a distribution, kinds or
 * themes of learning) as bars under its title, with its numbers as a table. A suppressed cell
 * draws no bar and reads "fewer than k people" in the table — never a zero; while every cell is
 * suppressed the chart waits (the shared `ChartNeeds`) and says why instead of drawing.
 */
export function FigureChart({
  title,
  description,
  cells,
  k,
  column,
}: {
  title: string;
  description: string;
  cells: readonly FigureCell[];
  k: number;
  column: string;
}) {
  const { t } = useTranslation();
  const points: Point[] = cells.map((c) => ({
    key: c.key,
    label: c.label,
    long: c.long,
    value: c.figure.value,
  }));
  const fewer = t('statistics.fewer', { k });
  const shown = points.some((p) => p.value !== null);
  const table = (
    <ChartTableDisclosure
      summary={t('statistics.showTable')}
      caption={t('statistics.tableCaption', { title })}
    >
      <thead>
        <tr className="text-ink-muted">
          <th scope="col" className="py-1.5 pr-4 font-medium">
            {column}
          </th>
          <th scope="col" className="py-1.5 font-medium">
            {title}
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.key} className="border-t border-line text-ink">
            <th scope="row" className="py-1.5 pr-4 font-normal">
              {point.long}
            </th>
            <td className="py-1.5 tabular-nums">
              {point.value === null ? <span className="text-ink-muted">{fewer}</span> : point.value}
            </td>
          </tr>
        ))}
      </tbody>
    </ChartTableDisclosure>
  );
  return (
    <figure className="flex min-w-0 flex-col gap-3">
      <figcaption className="flex flex-col gap-1">
        <span className="font-medium text-ink">{title}</span>
        <span className="text-sm text-ink-muted">{description}</span>
      </figcaption>
      {shown ? (
        <div aria-hidden className="w-full">
          <BarChart {...chartFrame} style={{ width: '100%', height: 180 }} data={points}>
            <CartesianGrid {...chartGrid} />
            <XAxis dataKey="label" {...chartAxis} interval="preserveStartEnd" minTickGap={16} />
            <YAxis {...chartAxis} axisLine={false} width={36} allowDecimals={false} />
            {pointTooltip<Point>((point) => (
              <>
                <p className="font-medium text-ink">{point.long}</p>
                <p className="text-accent-ink tabular-nums">{point.value ?? fewer}</p>
              </>
            ))}
            <Bar
              dataKey="value"
              fill="var(--accent)"
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </div>
      ) : (
        <ChartNeeds>{t('statistics.allFewer', { k })}</ChartNeeds>
      )}
      {/* The table stays while the chart waits: each cell reads "fewer than k", never 0. */}
      {table}
    </figure>
  );
}
