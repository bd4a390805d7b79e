import { clsx } from 'clsx';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistoryPoint } from '../../../../contracts/vision';
import { LEVEL_MAX } from '../../../../core/tension';
import { formatDateTime, formatShortDate } from '../../../lib/format';
import { chartPoints, timeTicks } from '../tension-view';
import { ChartTooltip } from './chart-tooltip';

const DAY_MS = 24 * 60 * 60 * 1000;

const lastChange = (history: readonly HistoryPoint[]) =>
  history.length > 0 ? Date.parse(history.at(-1)!.at) : 0;

// Colours come from the theme's custom properties, so both themes need no second palette.
const VISION = 'var(--accent)';
const REALITY = 'var(--ink)';

interface DateTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A date under the chart; the first and last are anchored inside the plot, so none is cut off. */
function DateTick({
  x,
  y,
  payload,
  labels,
}: DateTickProps & { labels: readonly { t: number; label: string }[] }) {
  const value = Number(payload?.value);
  const anchor = value === labels[0]?.t ? 'start' : value === labels.at(-1)?.t ? 'end' : 'middle';
  return (
    <text x={x} y={y} dy={14} textAnchor={anchor} fill="var(--ink-muted)" fontSize={12}>
      {labels.find((tick) => tick.t === value)?.label ?? ''}
    </text>
  );
}

/**
 * Vision and reality over time as two step lines on the 0–10 scale, the creative tension
 * between them shaded. `size="sm"` is a bare sparkline for cards (decorative: the band beside it
 * says the same in words); `size="lg"` has axes, a tooltip, a legend, and a table for screen
 * readers.
 */
export function TensionChart({
  history,
  timeZone,
  size = 'lg',
  className,
}: {
  history: readonly HistoryPoint[];
  timeZone: string;
  size?: 'sm' | 'lg';
  className?: string;
}) {
  const { t } = useTranslation();
  const locale = navigator.language;
  // The chart runs up to the moment it was first drawn.
  const [now] = useState(() => Date.now());
  const data = useMemo(
    () => chartPoints(history, Math.max(now, lastChange(history))),
    [history, now],
  );
  const large = size === 'lg';
  if (data.length < 2) return null;
  const first = data[0]!.t;
  const last = data.at(-1)!.t;
  // A sparkline of a few minutes is noise; it earns its place once there is a day to show.
  if (!large && last - first < DAY_MS) return null;
  const ticks = timeTicks(first, last, large ? 4 : 2, (ms) =>
    formatShortDate(new Date(ms).toISOString(), locale, timeZone, new Date(now)),
  );

  const chart = (
    <ComposedChart
      responsive
      data={data}
      accessibilityLayer={false}
      margin={
        large ? { top: 8, right: 12, bottom: 0, left: 0 } : { top: 4, right: 4, bottom: 4, left: 4 }
      }
      style={{ width: '100%', height: large ? 220 : 56 }}
    >
      {large ? <CartesianGrid vertical={false} stroke="var(--line)" strokeDasharray="2 4" /> : null}
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={[first, last]}
        ticks={ticks.map((tick) => tick.t)}
        tickFormatter={(ms: number) => ticks.find((tick) => tick.t === ms)?.label ?? ''}
        hide={!large}
        stroke="var(--line-strong)"
        tick={(props: DateTickProps) => <DateTick {...props} labels={ticks} />}
        tickLine={false}
        interval="preserveStartEnd"
        minTickGap={12}
      />
      <YAxis
        domain={[0, LEVEL_MAX]}
        ticks={[0, 5, 10]}
        hide={!large}
        width={28}
        allowDecimals={false}
        stroke="var(--line-strong)"
        tick={{ fill: 'var(--ink-muted)', fontSize: 12 }}
        tickLine={false}
        axisLine={false}
      />
      {large ? (
        <Tooltip
          content={<ChartTooltip timeZone={timeZone} />}
          cursor={{ stroke: 'var(--line-strong)', strokeDasharray: '3 3' }}
          isAnimationActive={false}
        />
      ) : null}
      <Area
        dataKey="gap"
        type="stepAfter"
        fill={VISION}
        fillOpacity={0.18}
        stroke="none"
        isAnimationActive={false}
        activeDot={false}
      />
      <Line
        dataKey="vision"
        type="stepAfter"
        stroke={VISION}
        strokeWidth={large ? 2.5 : 2}
        dot={false}
        activeDot={large ? { r: 4, fill: VISION, stroke: 'var(--surface)' } : false}
        isAnimationActive={false}
      />
      <Line
        dataKey="reality"
        type="stepAfter"
        stroke={REALITY}
        strokeWidth={large ? 2.5 : 2}
        dot={false}
        activeDot={large ? { r: 4, fill: REALITY, stroke: 'var(--surface)' } : false}
        isAnimationActive={false}
      />
      {/* Each assessment as a point, so the first one shows before its line has any length. */}
      <Line
        dataKey="assessed"
        stroke="none"
        dot={{ r: large ? 4 : 3, fill: REALITY, stroke: 'var(--surface)', strokeWidth: 2 }}
        activeDot={false}
        legendType="none"
        tooltipType="none"
        isAnimationActive={false}
      />
    </ComposedChart>
  );

  if (!large) {
    return (
      <div aria-hidden className={clsx('w-full', className)}>
        {chart}
      </div>
    );
  }

  // What a screen reader reads instead of the picture: one row per change.
  const rows = history.slice().reverse();
  return (
    <figure className={clsx('flex flex-col gap-3', className)}>
      <div aria-hidden className="w-full">
        {chart}
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-ink-muted">
        <span aria-hidden className="inline-flex items-center gap-2">
          <span className="h-0.5 w-5 rounded-full bg-accent" />
          {t('tension.vision')}
        </span>
        <span aria-hidden className="inline-flex items-center gap-2">
          <span className="h-0.5 w-5 rounded-full bg-ink" />
          {t('tension.reality')}
        </span>
        <span aria-hidden className="inline-flex items-center gap-2">
          <span className="h-3 w-5 rounded-sm bg-accent/20" />
          {t('tension.creativeTension')}
        </span>
        <span className="sr-only">{t('vision.chart.caption')}</span>
      </figcaption>
      {/* A table ignores a 1 px width; its wrapper keeps it off-screen without widening the page. */}
      <div className="sr-only">
        <table>
          <caption>{t('vision.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('vision.chart.when')}</th>
              <th scope="col">{t('tension.vision')}</th>
              <th scope="col">{t('tension.reality')}</th>
              <th scope="col">{t('tension.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((point) => (
              <tr key={point.at}>
                <th scope="row">{formatDateTime(point.at, locale, timeZone)}</th>
                <td>{point.visionLevel}</td>
                <td>{point.realityLevel ?? t('tension.notYet')}</td>
                <td>{point.tension ?? t('tension.notYet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
