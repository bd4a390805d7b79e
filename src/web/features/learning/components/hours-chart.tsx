import { clsx } from 'clsx';
import { useId, useMemo } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { LearningHours } from '../../../../contracts/learning';
import { ChartNeeds } from '../../../components/patterns/chart-figure';
import { ChartTableDisclosure } from '../../../components/patterns/chart-table-disclosure';
import { hoursView, type HoursRow, type HoursSeries } from '../hours-view';
import { formatHours, monthLabel } from '../learning-words';

/**
 * How each part of the bars is drawn: the named aspirations in steps of the one accent, the
 * rest in a muted neutral, unlinked time as an open dashed box. Each swatch class matches its
 * fill, for the legend.
 */
const TONES: Record<string, { fill: string; opacity: number; dashed?: boolean; swatch: string }> = {
  a0: { fill: 'var(--accent)', opacity: 1, swatch: 'border-accent bg-accent' },
  a1: { fill: 'var(--accent)', opacity: 0.6, swatch: 'border-accent bg-accent/60' },
  a2: { fill: 'var(--accent)', opacity: 0.35, swatch: 'border-accent bg-accent/35' },
  a3: { fill: 'var(--accent)', opacity: 0.15, swatch: 'border-accent bg-accent/15' },
  other: {
    fill: 'var(--line-strong)',
    opacity: 0.55,
    swatch: 'border-line-strong bg-line-strong/55',
  },
  none: {
    fill: 'var(--sunken)',
    opacity: 1,
    dashed: true,
    swatch: 'border-dashed border-line-strong bg-sunken',
  },
};
const toneOf = (key: string) => TONES[key] ?? TONES.other!;

/** A series' name as people read it. */
function useSeriesName() {
  const { t } = useTranslation();
  return (series: HoursSeries) =>
    series.kind === 'named'
      ? series.title
      : series.kind === 'other'
        ? t('learning.chart.other')
        : t('learning.chart.none');
}

function ChartTooltip({
  active,
  payload,
  series,
}: {
  active?: boolean;
  payload?: readonly { payload?: HoursRow }[];
  series: HoursSeries[];
}) {
  const { t } = useTranslation();
  const name = useSeriesName();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const locale = navigator.language;
  const parts = series.filter((s) => (row.hours[s.key] ?? 0) > 0);
  return (
    <div className="max-w-64 rounded-lg border border-line bg-surface px-3 py-2 text-sm shadow-float">
      <p className="font-medium text-ink">{monthLabel(row.month, locale, 'long')}</p>
      {parts.length === 0 ? (
        <p className="text-ink-muted">{t('learning.chart.noTime')}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-0.5">
          {[...parts].reverse().map((s) => (
            <li key={s.key} className="flex items-baseline gap-2">
              <span
                aria-hidden
                className={clsx('size-2.5 shrink-0 rounded-xs border', toneOf(s.key).swatch)}
              />
              <span className="min-w-0 flex-1 truncate text-ink-muted">{name(s)}</span>
              <span className="text-ink tabular-nums">
                {t('learning.hoursShort', { hours: formatHours(row.hours[s.key] ?? 0, locale) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Hours of learning per month as stacked bars by the aspiration served, with a legend that
 * carries each aspiration's total, and the same numbers as a table for anyone who would rather
 * read them (and for screen readers, which skip the drawing).
 */
export function HoursChart({ data }: { data: LearningHours }) {
  const { t } = useTranslation();
  const name = useSeriesName();
  const locale = navigator.language;
  const view = useMemo(() => hoursView(data), [data]);
  const legendId = useId();

  if (view.series.length === 0) return <ChartNeeds>{t('learning.chart.empty')}</ChartNeeds>;

  return (
    <figure className="flex flex-col gap-4">
      <div aria-hidden className="w-full">
        <BarChart
          responsive
          data={view.rows}
          accessibilityLayer={false}
          margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
          barCategoryGap="22%"
          style={{ width: '100%', height: 220 }}
        >
          <CartesianGrid vertical={false} stroke="var(--line)" strokeDasharray="2 4" />
          <XAxis
            dataKey="month"
            ticks={view.ticks}
            interval={0}
            tickFormatter={(month: string) => monthLabel(month, locale, 'short')}
            stroke="var(--line-strong)"
            tick={{ fill: 'var(--ink-muted)', fontSize: 12 }}
            tickLine={false}
          />
          <YAxis
            width={36}
            allowDecimals={false}
            tickFormatter={(value: number) => formatHours(value, locale)}
            stroke="var(--line-strong)"
            tick={{ fill: 'var(--ink-muted)', fontSize: 12 }}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            content={<ChartTooltip series={view.series} />}
            cursor={{ fill: 'var(--sunken)', opacity: 0.6 }}
            isAnimationActive={false}
          />
          {view.series.map((s) => {
            const tone = toneOf(s.key);
            return (
              <Bar
                key={s.key}
                name={name(s)}
                dataKey={(row: HoursRow) => row.hours[s.key] ?? 0}
                stackId="hours"
                maxBarSize={44}
                fill={tone.fill}
                fillOpacity={tone.opacity}
                stroke={s.kind === 'named' ? 'var(--accent)' : 'var(--line-strong)'}
                strokeWidth={1}
                strokeDasharray={tone.dashed ? '3 2' : undefined}
                isAnimationActive={false}
              />
            );
          })}
        </BarChart>
      </div>
      <figcaption className="flex flex-col gap-3">
        <span className="text-sm text-ink-muted">{t('learning.chart.caption')}</span>
        <span id={legendId} className="sr-only">
          {t('learning.chart.legend')}
        </span>
        <ul
          aria-labelledby={legendId}
          className="flex flex-col gap-1.5 sm:flex-row sm:flex-wrap sm:gap-x-5"
        >
          {view.series.map((s) => (
            <li key={s.key} className="flex min-w-0 items-center gap-2 text-sm">
              <span
                aria-hidden
                className={clsx('size-3 shrink-0 rounded-xs border', toneOf(s.key).swatch)}
              />
              <span className="min-w-0 break-words text-ink">{name(s)}</span>
              <span className="shrink-0 text-ink-muted tabular-nums">
                {t('learning.hoursShort', { hours: formatHours(s.total, locale) })}
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
      <ChartTableDisclosure
        summary={t('learning.chart.showTable')}
        caption={t('learning.chart.tableCaption')}
      >
        <thead>
          <tr className="text-ink-muted">
            <th scope="col" className="py-1.5 pr-4 font-medium">
              {t('learning.chart.month')}
            </th>
            {view.series.map((s) => (
              <th key={s.key} scope="col" className="py-1.5 pr-4 text-right font-medium">
                {name(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.month} className="border-t border-line text-ink">
              <th scope="row" className="py-1.5 pr-4 font-normal whitespace-nowrap">
                {monthLabel(row.month, locale, 'long')}
              </th>
              {view.series.map((s) => (
                <td
                  key={s.key}
                  className={clsx(
                    'py-1.5 pr-4 text-right tabular-nums',
                    (row.hours[s.key] ?? 0) === 0 && 'text-ink-muted',
                  )}
                >
                  {formatHours(row.hours[s.key] ?? 0, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ChartTableDisclosure>
    </figure>
  );
}
