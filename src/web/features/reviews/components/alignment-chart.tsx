import { ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { AlignmentTrend } from '../../../../contracts/reviews';
import { formatPercent, weekNumber, weekRange } from '../review-words';

interface Point {
  week: string;
  alignment: number;
}

function ChartTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: readonly { payload?: Point }[];
}) {
  const { t } = useTranslation();
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded-lg border border-line bg-surface px-3 py-2 text-sm shadow-float">
      <p className="font-medium text-ink">{t('review.week', { number: weekNumber(point.week) })}</p>
      <p className="text-ink-muted">{weekRange(point.week, navigator.language)}</p>
      <p className="text-accent-ink tabular-nums">
        {formatPercent(point.alignment, navigator.language)}
      </p>
    </div>
  );
}

/**
 * Alignment week by week on a 0–100% scale, with the same numbers as a table in a disclosure
 * for anyone who would rather read them.
 */
export function AlignmentChart({ trend }: { trend: AlignmentTrend }) {
  const { t } = useTranslation();
  const locale = navigator.language;
  const points = trend.points;
  if (points.length === 0)
    return <p className="max-w-prose text-[0.9375rem] text-ink-muted">{t('review.trend.empty')}</p>;

  return (
    <figure className="flex flex-col gap-3">
      <div aria-hidden className="w-full">
        <LineChart
          responsive
          data={points}
          accessibilityLayer={false}
          margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          style={{ width: '100%', height: 200 }}
        >
          <CartesianGrid vertical={false} stroke="var(--line)" strokeDasharray="2 4" />
          <XAxis
            dataKey="week"
            tickFormatter={(week: string) => t('review.trend.tick', { number: weekNumber(week) })}
            stroke="var(--line-strong)"
            tick={{ fill: 'var(--ink-muted)', fontSize: 12 }}
            tickLine={false}
            interval="preserveStartEnd"
            padding={{ left: 16, right: 16 }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 50, 100]}
            width={40}
            tickFormatter={(value: number) => `${value}%`}
            stroke="var(--line-strong)"
            tick={{ fill: 'var(--ink-muted)', fontSize: 12 }}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            content={<ChartTooltip />}
            cursor={{ stroke: 'var(--line-strong)', strokeDasharray: '3 3' }}
            isAnimationActive={false}
          />
          <Line
            dataKey="alignment"
            type="monotone"
            stroke="var(--accent)"
            strokeWidth={2}
            dot={{ r: 4, fill: 'var(--accent)', stroke: 'var(--surface)', strokeWidth: 2 }}
            activeDot={{ r: 5, fill: 'var(--accent)', stroke: 'var(--surface)' }}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <figcaption className="text-sm text-ink-muted">{t('review.trend.caption')}</figcaption>
      <details className="group rounded-lg border border-line">
        <summary className="flex cursor-pointer items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-ink marker:content-none hover:bg-sunken">
          <ChevronRight
            aria-hidden
            className="size-4 text-ink-muted transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
          />
          {t('review.trend.showTable')}
        </summary>
        <div className="overflow-x-auto border-t border-line px-3 py-2">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('review.trend.tableCaption')}</caption>
            <thead>
              <tr className="text-ink-muted">
                <th scope="col" className="py-1.5 pr-4 font-medium">
                  {t('review.trend.weekColumn')}
                </th>
                <th scope="col" className="py-1.5 font-medium">
                  {t('review.alignment')}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.week} className="border-t border-line text-ink">
                  <th scope="row" className="py-1.5 pr-4 font-normal">
                    {t('review.week', { number: weekNumber(point.week) })}
                    <span className="text-ink-muted"> · {weekRange(point.week, locale)}</span>
                  </th>
                  <td className="py-1.5 tabular-nums">{formatPercent(point.alignment, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
