import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { PracticeDetail } from '../../../../contracts/practices';
import { formatCalendarDate } from '../../../lib/format';
import { strengthPercent } from '../../../lib/practice-words';

interface Point {
  date: string;
  percent: number;
}

function ChartTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: readonly { payload?: Point }[];
}) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded-lg border border-line bg-surface px-3 py-2 text-sm shadow-float">
      <p className="font-medium text-ink">{formatCalendarDate(point.date, navigator.language)}</p>
      <p className="text-accent-ink tabular-nums">{point.percent}%</p>
    </div>
  );
}

/**
 * Strength over the year as a quiet area on a 0–100% scale, with a table of the first of each
 * month for screen readers.
 */
export function StrengthChart({ history }: { history: PracticeDetail['history']['strength'] }) {
  const { t } = useTranslation();
  const locale = navigator.language;
  const data = useMemo<Point[]>(
    () => history.map((point) => ({ date: point.date, percent: strengthPercent(point.strength) })),
    [history],
  );
  const monthly = data.filter((point, index) => index === 0 || point.date.endsWith('-01'));
  const ticks = monthly
    .filter((_, index) => index % 3 === 0)
    .map((point) => point.date)
    .filter((date) => date.endsWith('-01'));
  if (data.length < 2)
    return <p className="text-sm text-ink-muted">{t('practices.chart.empty')}</p>;

  return (
    <figure className="flex flex-col gap-3">
      <div aria-hidden className="w-full">
        <AreaChart
          responsive
          data={data}
          accessibilityLayer={false}
          margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          style={{ width: '100%', height: 200 }}
        >
          <CartesianGrid vertical={false} stroke="var(--line)" strokeDasharray="2 4" />
          <XAxis
            dataKey="date"
            ticks={ticks}
            tickFormatter={(date: string) => formatCalendarDate(date, locale, { month: 'short' })}
            stroke="var(--line-strong)"
            tick={{ fill: 'var(--ink-muted)', fontSize: 12 }}
            tickLine={false}
            interval="preserveStartEnd"
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
          <Area
            dataKey="percent"
            type="monotone"
            stroke="var(--accent)"
            strokeWidth={2}
            fill="var(--accent)"
            fillOpacity={0.15}
            isAnimationActive={false}
            activeDot={{ r: 4, fill: 'var(--accent)', stroke: 'var(--surface)' }}
          />
        </AreaChart>
      </div>
      <figcaption className="text-sm text-ink-muted">{t('practices.chart.caption')}</figcaption>
      {/* A table ignores a 1 px width; its wrapper keeps it off-screen without widening the page. */}
      <div className="sr-only">
        <table>
          <caption>{t('practices.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('practices.chart.month')}</th>
              <th scope="col">{t('practice.strength')}</th>
            </tr>
          </thead>
          <tbody>
            {monthly.map((point) => (
              <tr key={point.date}>
                <th scope="row">{formatCalendarDate(point.date, locale)}</th>
                <td>{point.percent}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
