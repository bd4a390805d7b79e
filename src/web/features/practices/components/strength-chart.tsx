import { useMemo } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Area, AreaChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { PracticeDetail } from '../../../../contracts/practices';
import { ChartFigure } from '../../../components/patterns/chart-figure';
import { pointTooltip } from '../../../components/patterns/point-tooltip';
import { chartAxis, chartFrame, chartGrid, percentAxis } from '../../../components/ui/chart';
import { formatCalendarDate, formatPercent } from '../../../lib/format';
import { strengthPercent } from '../../../lib/practice-words';

interface Point {
  date: string;
  percent: number;
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
  // Four dates spread over the line, the first and last included: the axis reads as dates
  // however short the history (a new practice has no first-of-month yet).
  const ticks = [
    ...new Set([0, 1, 2, 3].map((i) => data[Math.round((i * (data.length - 1)) / 3)]?.date)),
  ].filter((date): date is string => date !== undefined);

  return (
    <ChartFigure
      caption={t('practices.chart.caption')}
      needs={data.length < 2 ? t('practices.chart.empty') : null}
      table={
        // A table ignores a 1 px width; its wrapper keeps it off-screen without widening the page.
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
                  <td>{formatPercent(point.percent, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      <AreaChart {...chartFrame} margin={{ ...chartFrame.margin, right: 24 }} data={data}>
        <CartesianGrid {...chartGrid} />
        <XAxis
          dataKey="date"
          ticks={ticks}
          tickFormatter={(date: string) =>
            formatCalendarDate(date, locale, { day: 'numeric', month: 'short' })
          }
          {...chartAxis}
          interval={0}
        />
        <YAxis {...percentAxis} />
        {pointTooltip<Point>((point) => (
          <>
            <p className="font-medium text-ink">{formatCalendarDate(point.date, locale)}</p>
            <p className="text-accent-ink tabular-nums">{formatPercent(point.percent, locale)}</p>
          </>
        ))}
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
    </ChartFigure>
  );
}
