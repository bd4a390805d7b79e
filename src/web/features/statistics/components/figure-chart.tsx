import { useTranslation } from '../../../lib/use-translation';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnonymousFigure } from '../../../../contracts/anonymity';
import { ChartTableDisclosure } from '../../../components/patterns/chart-table-disclosure';
import {
  chartAxis,
  chartFrame,
  chartGrid,
  chartTooltip,
  ChartTooltipCard,
} from '../../../components/ui/chart';

/** One cell of a chart: a week, a bucket or a kind, with its figure. */
export type FigureCell = { key: string; label: string; long: string; figure: AnonymousFigure };

type Point = { key: string; label: string; long: string; value: number | null };

function ChartTooltip({
  active,
  payload,
  k,
}: {
  active?: boolean;
  payload?: readonly { payload?: Point }[];
  k: number;
}) {
  const { t } = useTranslation();
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <ChartTooltipCard>
      <p className="font-medium text-ink">{point.long}</p>
      <p className="text-accent-ink tabular-nums">
        {point.value === null ? t('statistics.fewer', { k }) : point.value}
      </p>
    </ChartTooltipCard>
  );
}

/**
 * One anonymous figure over its cells (weeks of a trend, buckets of a distribution) as bars,
 * with its numbers as a table. A suppressed cell draws no bar and reads "fewer than k people" in
 * the table — never a zero.
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
  const shown = points.filter((p) => p.value !== null).length;
  return (
    <figure className="flex min-w-0 flex-col gap-3">
      <figcaption className="flex flex-col gap-1">
        <span className="font-medium text-ink">{title}</span>
        <span className="text-sm text-ink-muted">{description}</span>
      </figcaption>
      {shown === 0 ? (
        <p className="rounded-lg bg-sunken px-3 py-6 text-center text-sm text-ink-muted">
          {t('statistics.allFewer', { k })}
        </p>
      ) : (
        <div aria-hidden className="w-full">
          <BarChart {...chartFrame} style={{ width: '100%', height: 180 }} data={points}>
            <CartesianGrid {...chartGrid} />
            <XAxis dataKey="label" {...chartAxis} interval="preserveStartEnd" minTickGap={12} />
            <YAxis {...chartAxis} axisLine={false} width={36} allowDecimals={false} />
            <Tooltip {...chartTooltip} content={<ChartTooltip k={k} />} />
            <Bar
              dataKey="value"
              fill="var(--accent)"
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </div>
      )}
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
                {point.value === null ? (
                  <span className="text-ink-muted">{t('statistics.fewer', { k })}</span>
                ) : (
                  point.value
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ChartTableDisclosure>
    </figure>
  );
}
