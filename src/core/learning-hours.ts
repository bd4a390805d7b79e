/**
 * Hours of learning per month, by the aspiration each learning item serves: the picture of
 * where a person's learning time goes. Time is kept in whole minutes so sums are exact.
 */

/** Time logged on a learning item on a calendar date, with the aspirations the item serves. */
export type LoggedTime = {
  date: string;
  minutes: number;
  aspirationIds: readonly string[];
};

/** Minutes per month for one aspiration, or for time on items linked to none (`null`). */
export type MinutesSeries = { aspirationId: string | null; minutes: number[] };

const MONTH_PATTERN = /^(\d{4})-(\d{2})/;

function monthIndex(dateOrMonth: string): number {
  const match = MONTH_PATTERN.exec(dateOrMonth);
  if (!match) throw new RangeError(`not a date or month: ${dateOrMonth}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

const monthOfIndex = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The `count` calendar months ending with the month of `today`, oldest first, as `YYYY-MM`.
 * Example: `monthsEnding('2026-02-14', 3)` → `['2025-12', '2026-01', '2026-02']`.
 */
export function monthsEnding(today: string, count: number): string[] {
  const last = monthIndex(today);
  return Array.from({ length: count }, (_, i) => monthOfIndex(last - count + 1 + i));
}

/**
 * Sums logged minutes into the given months (`YYYY-MM`, in order) per aspiration. Time on an item
 * linked to two aspirations counts in full for each; time on an item linked to none goes to the
 * `null` series; time outside the months is left out. Only series with time in the months are
 * returned, most time first (ties by id), the `null` series last.
 */
export function minutesByAspiration(
  logged: readonly LoggedTime[],
  months: readonly string[],
): MinutesSeries[] {
  const column = new Map(months.map((m, i) => [m, i]));
  const series = new Map<string | null, number[]>();
  for (const entry of logged) {
    const i = column.get(entry.date.slice(0, 7));
    if (i === undefined) continue;
    const keys = entry.aspirationIds.length === 0 ? [null] : new Set(entry.aspirationIds);
    for (const key of keys) {
      const row = series.get(key) ?? months.map(() => 0);
      row[i]! += entry.minutes;
      series.set(key, row);
    }
  }
  const total = (row: number[]) => row.reduce((a, b) => a + b, 0);
  return [...series.entries()]
    .filter(([, row]) => total(row) > 0)
    .sort(([a, rowA], [b, rowB]) => {
      if (a === null || b === null) return a === null ? 1 : -1;
      return total(rowB) - total(rowA) || (a < b ? -1 : a > b ? 1 : 0);
    })
    .map(([aspirationId, minutes]) => ({ aspirationId, minutes }));
}

/** Whole minutes as hours, to two decimals (quarter hours stay exact: 45 → 0.75). */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
