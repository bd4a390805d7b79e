import type { LearningHours } from '../../../contracts/learning';

/** How many aspirations the chart names one by one; time on the rest is drawn as one bar part. */
export const NAMED_SERIES = 4;

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
 * out. Each month's hours across the series add up to the same as the server's.
 *
 * @example hoursView({ months: ['2026-11'], series: [{ aspirationId: 'a', title: 'Run', hours: [2] }] })
 *   // { months: ['2026-11'], series: [{ key: 'a0', kind: 'named', title: 'Run', … total: 2 }],
 *   //   rows: [{ month: '2026-11', hours: { a0: 2 } }] }
 */
export function hoursView(data: LearningHours, named = NAMED_SERIES): HoursView {
  const { months } = data;
  const withTime = data.series.filter((s) => s.hours.some((h) => h > 0));
  const aspirations = withTime.filter((s) => s.aspirationId !== null);
  const unlinked = withTime.filter((s) => s.aspirationId === null);
  const rest = aspirations.slice(named);
  const monthly = (list: typeof withTime) =>
    months.map((_, i) => sum(list.map((s) => s.hours[i] ?? 0)));

  const series: HoursSeries[] = aspirations.slice(0, named).map((s, index) => {
    const hours = months.map((_, i) => roundHours(s.hours[i] ?? 0));
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
  return {
    months,
    series,
    rows: months.map((month, i) => ({
      month,
      hours: Object.fromEntries(series.map((s) => [s.key, s.hours[i] ?? 0])),
    })),
  };
}
