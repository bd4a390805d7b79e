import { useTranslation } from '../../../lib/use-translation';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { AlignmentTrend } from '../../../../contracts/reviews';
import { ChartFigure } from '../../../components/patterns/chart-figure';
import { pointTooltip } from '../../../components/patterns/point-tooltip';
import { ChartTableDisclosure } from '../../../components/patterns/chart-table-disclosure';
import { chartAxis, chartFrame, chartGrid, percentAxis } from '../../../components/ui/chart';
import { formatPercent } from '../../../lib/format';
import { weekNumber, weekRange } from '../../../lib/review-words';

type Point = AlignmentTrend['points'][number];

/**
 * Alignment week by week on a 0–100% scale, with the same numbers as a table in a disclosure
 * for anyone who would rather read them.
 */
export function AlignmentChart({ trend }: { trend: AlignmentTrend }) {
  const { t } = useTranslation();
  const locale = navigator.language;
  const points = trend.points;
  return (
    <ChartFigure
      caption={t('review.trend.caption')}
      needs={points.length === 0 ? t('review.trend.empty') : null}
      table={
        <ChartTableDisclosure
          summary={t('review.trend.showTable')}
          caption={t('review.trend.tableCaption')}
        >
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
        </ChartTableDisclosure>
      }
    >
      <LineChart {...chartFrame} data={points}>
        <CartesianGrid {...chartGrid} />
        <XAxis
          dataKey="week"
          tickFormatter={(week: string) => t('review.trend.tick', { number: weekNumber(week) })}
          {...chartAxis}
          interval="preserveStartEnd"
          padding={{ left: 16, right: 16 }}
        />
        <YAxis {...percentAxis} />
        {pointTooltip<Point>((point) => (
          <>
            <p className="font-medium text-ink">
              {t('review.week', { number: weekNumber(point.week) })}
            </p>
            <p className="text-ink-muted">{weekRange(point.week, locale)}</p>
            <p className="text-accent-ink tabular-nums">{formatPercent(point.alignment, locale)}</p>
          </>
        ))}
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
    </ChartFigure>
  );
}
