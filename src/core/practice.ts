import { addDays, dayNumber, isoWeekday, isoWeekOf } from './calendar';

/**
 * Practices (habits): schedules, strength and streaks. Check-ins are on calendar dates in the
 * person's time zone; "today" is passed in, never read from a clock.
 */

export type Schedule =
  | { type: 'daily' }
  | { type: 'weekly'; times: number }
  | { type: 'weekdays'; days: number[] /* ISO weekdays, 1 = Monday */ };

export type CheckIn = { date: string; status: 'done' | 'skipped' };

/** `times` check-ins per `days` days, as the strength formula needs them. */
export function scheduleRate(schedule: Schedule): { times: number; days: number } {
  switch (schedule.type) {
    case 'daily':
      return { times: 1, days: 1 };
    case 'weekly':
      return { times: schedule.times, days: 7 };
    case 'weekdays':
      return { times: new Set(schedule.days).size, days: 7 };
  }
}

/** The smoothing factor: `0.5 ^ (√frequency / 13)`, frequency = times ÷ days. */
export function strengthMultiplier(schedule: Schedule): number {
  const { times, days } = scheduleRate(schedule);
  return 0.5 ** (Math.sqrt(times / days) / 13);
}

export type StrengthPoint = { date: string; strength: number };

/**
 * Strength 0–1 day by day, the exponential smoothing Loop Habit Tracker uses: each day
 * `strength = previous · m + value · (1 − m)`, with `value = min(1, done check-ins in the last
 * `days` days ÷ times)`; an excused (skipped) day leaves it unchanged. The series starts at 0 on
 * the earlier of `startDate` (creation) and the first check-in, and runs through `today` when
 * today has a check-in (done or skipped), otherwise through yesterday.
 */
export function strengthSeries(
  schedule: Schedule,
  checkIns: readonly CheckIn[],
  startDate: string,
  today: string,
): StrengthPoint[] {
  const series: StrengthPoint[] = [];
  const todayNumber = dayNumber(today);
  strengthWalk(schedule, checkIns, startDate, today, (day, strength) =>
    series.push({ date: addDays(today, day - todayNumber), strength }),
  );
  return series;
}

/**
 * `strengthSeries` as a lookup by day number (`dayNumber` of a date): the strength of that day
 * when the series holds it, otherwise undefined — the same numbers without a date string and a
 * map entry per day (the write path asks a practice's series for one or two days a week).
 */
export function strengthByDay(
  schedule: Schedule,
  checkIns: readonly CheckIn[],
  startDate: string,
  today: string,
): (day: number) => number | undefined {
  const strengths: number[] = [];
  let first = 0;
  strengthWalk(schedule, checkIns, startDate, today, (day, strength) => {
    if (strengths.length === 0) first = day;
    strengths.push(strength);
  });
  return (day) =>
    day >= first && day - first < strengths.length ? strengths[day - first] : undefined;
}

/** The day-by-day smoothing of `strengthSeries`, telling `each` day's strength; gives the last. */
function strengthWalk(
  schedule: Schedule,
  checkIns: readonly CheckIn[],
  startDate: string,
  today: string,
  each?: (day: number, strength: number) => void,
): number {
  const m = strengthMultiplier(schedule);
  const { times, days } = scheduleRate(schedule);
  const done = new Set<number>();
  const skipped = new Set<number>();
  for (const c of checkIns) (c.status === 'done' ? done : skipped).add(dayNumber(c.date));
  const firstCheckIn = Math.min(...done, ...skipped);
  const start = Math.min(dayNumber(startDate), firstCheckIn);
  const todayNumber = dayNumber(today);
  const end = done.has(todayNumber) || skipped.has(todayNumber) ? todayNumber : todayNumber - 1;
  let strength = 0;
  let inWindow = 0;
  for (let day = start; day <= end; day += 1) {
    if (done.has(day)) inWindow += 1;
    if (done.has(day - days)) inWindow -= 1;
    if (!skipped.has(day) || done.has(day)) {
      const value = Math.min(1, inWindow / times);
      strength = strength * m + value * (1 - m);
    }
    each?.(day, strength);
  }
  return strength;
}

/** Strength now (0–1): the last point of the series, 0 before it starts. */
export function currentStrength(
  schedule: Schedule,
  checkIns: readonly CheckIn[],
  startDate: string,
  today: string,
): number {
  return strengthWalk(schedule, checkIns, startDate, today);
}

export type Streaks = { current: number; best: number; unit: 'day' | 'week' };

/** ISO weekday (1 = Monday) of a day number (day 0 is 1970-01-01, a Thursday). */
export const weekdayOfDay = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/** Whether a daily or weekday schedule asks for the day (a day number); weekly: every day. */
export const scheduledOn = (schedule: Schedule, day: number) =>
  schedule.type !== 'weekdays' || schedule.days.includes(weekdayOfDay(day));

/**
 * Current and best streaks. Daily and weekday practices count scheduled days kept in a row
 * (a skipped day is excused: it neither breaks nor counts; days off the schedule are passed
 * over, and a check-in on one counts). Weekly practices count ISO weeks that met the target
 * (done + excused ≥ times, with at least one done). Today, or this week, still open does not
 * break a streak.
 */
export function streaks(schedule: Schedule, checkIns: readonly CheckIn[], today: string): Streaks {
  const status = new Map<number, CheckIn['status']>();
  for (const c of checkIns) {
    const day = dayNumber(c.date);
    if (day <= dayNumber(today) && status.get(day) !== 'done') status.set(day, c.status);
  }
  if (status.size === 0)
    return { current: 0, best: 0, unit: schedule.type === 'weekly' ? 'week' : 'day' };
  const first = Math.min(...status.keys());
  const last = dayNumber(today);

  if (schedule.type === 'weekly') {
    const weeks = new Map<string, { done: number; skipped: number }>();
    for (const [day, s] of status) {
      const week = isoWeekOf(addDays(today, day - last));
      const counts = weeks.get(week) ?? { done: 0, skipped: 0 };
      counts[s === 'done' ? 'done' : 'skipped'] += 1;
      weeks.set(week, counts);
    }
    const thisWeek = isoWeekOf(today);
    const kept = (week: string) => {
      const c = weeks.get(week);
      return c !== undefined && c.done > 0 && c.done + c.skipped >= schedule.times;
    };
    let run = 0;
    let best = 0;
    let current = 0;
    for (let day = first - isoWeekday(addDays(today, first - last)) + 1; day <= last; day += 7) {
      const week = isoWeekOf(addDays(today, day - last));
      if (kept(week)) run += 1;
      else if (week !== thisWeek) run = 0;
      best = Math.max(best, run);
      current = run;
    }
    return { current, best, unit: 'week' };
  }

  const scheduled = (day: number) => scheduledOn(schedule, day);
  let run = 0;
  let best = 0;
  for (let day = first; day <= last; day += 1) {
    const s = status.get(day);
    if (s === 'done') run += 1;
    else if (s === 'skipped' || !scheduled(day) || day === last) continue;
    else run = 0;
    best = Math.max(best, run);
  }
  return { current: run, best, unit: 'day' };
}
