import type { LearningHours } from '../../../contracts/learning';

/** How many aspirations the chart names one by one; time on the rest is drawn as one bar part. */
export const NAMED_SERIES = 4;

/** The fewest months the chart shows, so a first month of learning still has a past to stand in. */
export const MIN_MONTHS = 6;

/**
 * One part of the stacked bars: an aspiration (`named`), the aspirations beyond the named ones
 * taken together (`other`), or time on items linked to none (`none`).
 */
export interface HoursSeries {
  key: string;
  kind: 'named' | 'other' | 'none';
  /** The aspiration's title; empty for `other` and `none`, which the interface names. */
  title: string;
  aspirationId: string | null;
  /** Hours in each month, in the order of `months`. */
  hours: number[];
  /** All hours over the months. */
  total: number;
}

/** One month's bar: its hours by series key. */
export interface HoursRow {
  month: string;
  hours: Record<string, number>;
}

export interface HoursView {
  months: string[];
  series: HoursSeries[];
  rows: HoursRow[];
  /** The months to label on the axis: every one, or every other one counted back from the last. */
  ticks: string[];
}

/** Hours to two decimals, so sums of quarter hours and thirds read cleanly (0.1 + 0.2 → 0.3). */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

const sum = (values: readonly number[]) => roundHours(values.reduce((a, b) => a + b, 0));

/**
 * The server's hours per month by aspiration, shaped for a stacked bar chart: the first
 * `named` aspirations (the server sends the most time first) each as a series, the rest summed
 * into one `other` series, time on unlinked items last as `none`; series without time are left
 * out. Each month's hours across the series add up to the same as the server's. Months before
 * the first with any time are left out, down to the last `MIN_MONTHS` (a person who began this
 * month sees half a year, not eleven empty months).
 *
 * @example hoursView({ months: ['2026-11'], series: [{ aspirationId: 'a', title: 'Run', hours: [2] }] })
 *   // { months: ['2026-11'], ticks: ['2026-11'],
 *   //   series: [{ key: 'a0', kind: 'named', title: 'Run', … total: 2 }],
 *   //   rows: [{ month: '2026-11', hours: { a0: 2 } }] }
 */
export function hoursView(data: LearningHours, named = NAMED_SERIES): HoursView {
  const withTime = data.series.filter((s) => s.hours.some((h) => h > 0));
  const firstWithTime = data.months.findIndex((_, i) =>
    withTime.some((s) => (s.hours[i] ?? 0) > 0),
  );
  const from = Math.max(
    0,
    Math.min(
      firstWithTime < 0 ? data.months.length : firstWithTime,
      data.months.length - MIN_MONTHS,
    ),
  );
  const months = data.months.slice(from);
  const at = (s: { hours: number[] }, i: number) => s.hours[from + i] ?? 0;
  const aspirations = withTime.filter((s) => s.aspirationId !== null);
  const unlinked = withTime.filter((s) => s.aspirationId === null);
  const rest = aspirations.slice(named);
  const monthly = (list: typeof withTime) => months.map((_, i) => sum(list.map((s) => at(s, i))));

  const series: HoursSeries[] = aspirations.slice(0, named).map((s, index) => {
    const hours = months.map((_, i) => roundHours(at(s, i)));
    return {
      key: `a${index}`,
      kind: 'named',
      title: s.title,
      aspirationId: s.aspirationId,
      hours,
      total: sum(hours),
    };
  });
  if (rest.length > 0) {
    const hours = monthly(rest);
    series.push({
      key: 'other',
      kind: 'other',
      title: '',
      aspirationId: null,
      hours,
      total: sum(hours),
    });
  }
  if (unlinked.length > 0) {
    const hours = monthly(unlinked);
    series.push({
      key: 'none',
      kind: 'none',
      title: '',
      aspirationId: null,
      hours,
      total: sum(hours),
    });
  }
  const last = months.length - 1;
  return {
    months,
    series,
    ticks: months.filter((_, i) => months.length <= MIN_MONTHS || (last - i) % 2 === 0),
    rows: months.map((month, i) => ({
      month,
      hours: Object.fromEntries(series.map((s) => [s.key, s.hours[i] ?? 0])),
    })),
  };
}
