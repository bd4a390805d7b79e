import { dayNumber } from './calendar';
import {
  type CheckIn,
  type Schedule,
  scheduledOn,
  scheduleRate,
  type Streaks,
  strengthMultiplier,
  weekdayOfDay,
} from './practice';

/**
 * What a practice's check-ins add up to as of its last check-in day: enough to tell its strength
 * and streaks on any later day without reading a check-in again, with exactly the numbers
 * `currentStrength` and `streaks` give from the whole history (the same floating-point steps,
 * day by day). Kept per practice beside its check-ins and moved on with each new one.
 */
export type CheckInSummary = {
  /** The date of the last check-in, done or skipped. */
  lastDate: string;
  /** Strength (0–1) at the end of `lastDate`. */
  strength: number;
  /** Bit i set: a done check-in on `lastDate` − i days (i = 0–6), what the window still holds. */
  recentDone: number;
  /**
   * Daily and weekday schedules: the run of kept days and the best run through `lastDate`.
   * Weekly: the run of kept weeks and the best run through the week before `lastDate`'s.
   */
  run: number;
  best: number;
  /** Done and skipped check-ins in `lastDate`'s ISO week (what a weekly target counts). */
  weekDone: number;
  weekSkipped: number;
};

/** A practice's strength (0–1) and streaks on a day. */
export type PracticeFigures = { strength: number; streaks: Streaks };

type Smoothing = { m: number; times: number; days: number };

const smoothingOf = (schedule: Schedule): Smoothing => ({
  m: strengthMultiplier(schedule),
  ...scheduleRate(schedule),
});

/** The strength walk's state at the end of a day: bit i of `mask` is a done check-in i days ago. */
type Walk = { strength: number; mask: number; inWindow: number };

/** One day of `strengthWalk` in `core/practice.ts`, with the same operations in the same order. */
function step(s: Smoothing, walk: Walk, status: CheckIn['status'] | null): Walk {
  const mask = ((walk.mask << 1) | (status === 'done' ? 1 : 0)) & 0xff;
  const inWindow = walk.inWindow + (mask & 1) - ((mask >> s.days) & 1);
  const strength =
    status === 'skipped'
      ? walk.strength
      : walk.strength * s.m + Math.min(1, inWindow / s.times) * (1 - s.m);
  return { strength, mask, inWindow };
}

function walkOf(s: Smoothing, summary: CheckInSummary | null): Walk {
  if (!summary) return { strength: 0, mask: 0, inWindow: 0 };
  let inWindow = 0;
  for (let bit = 0; bit < s.days; bit += 1) inWindow += (summary.recentDone >> bit) & 1;
  return { strength: summary.strength, mask: summary.recentDone, inWindow };
}

/** The walk carried over `count` days without a check-in. */
function carry(s: Smoothing, walk: Walk, count: number): Walk {
  let w = walk;
  for (let i = 0; i < count; i += 1) {
    // Nothing left in the window and nothing to decay: every further day is the same 0.
    if (w.mask === 0 && w.strength === 0) break;
    w = step(s, w, null);
  }
  return w;
}

const mondayOf = (day: number) => day - weekdayOfDay(day) + 1;

/** Whether a daily or weekday schedule asked for any day strictly between two day numbers. */
function anyScheduledBetween(schedule: Schedule, after: number, before: number): boolean {
  for (let day = after + 1; day < before && day <= after + 7; day += 1) {
    if (scheduledOn(schedule, day)) return true;
  }
  return false;
}

const weekKept = (schedule: Schedule, done: number, skipped: number) =>
  schedule.type === 'weekly' && done > 0 && done + skipped >= schedule.times;

/**
 * The summary after one more check-in, dated after the summary's last one (a check-in on or
 * before it needs the summary made again from every check-in: `summarizeCheckIns`).
 */
export function extendSummary(
  schedule: Schedule,
  summary: CheckInSummary | null,
  checkIn: CheckIn,
): CheckInSummary {
  const day = dayNumber(checkIn.date);
  const last = summary ? dayNumber(summary.lastDate) : day - 1;
  if (day <= last) throw new Error('extendSummary: a check-in after the last one only');
  const s = smoothingOf(schedule);
  const walk = step(s, carry(s, walkOf(s, summary), day - last - 1), checkIn.status);
  const done = checkIn.status === 'done' ? 1 : 0;
  const skipped = 1 - done;
  let { run = 0, best = 0, weekDone = 0, weekSkipped = 0 } = summary ?? {};
  if (schedule.type === 'weekly') {
    if (summary && mondayOf(day) === mondayOf(last)) {
      weekDone += done;
      weekSkipped += skipped;
    } else {
      if (summary) {
        run = weekKept(schedule, weekDone, weekSkipped) ? run + 1 : 0;
        best = Math.max(best, run);
        if (mondayOf(day) - mondayOf(last) > 7) run = 0;
      }
      weekDone = done;
      weekSkipped = skipped;
    }
  } else {
    if (anyScheduledBetween(schedule, last, day)) run = 0;
    if (done) run += 1;
    best = Math.max(best, run);
    const sameWeek = summary !== null && mondayOf(day) === mondayOf(last);
    weekDone = (sameWeek ? weekDone : 0) + done;
    weekSkipped = (sameWeek ? weekSkipped : 0) + skipped;
  }
  return {
    lastDate: checkIn.date,
    strength: walk.strength,
    recentDone: walk.mask & 0x7f,
    run,
    best,
    weekDone,
    weekSkipped,
  };
}

/** The summary of a practice's check-ins (one per date, in any order); null without any. */
export function summarizeCheckIns(
  schedule: Schedule,
  checkIns: readonly CheckIn[],
): CheckInSummary | null {
  const sorted = [...checkIns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let summary: CheckInSummary | null = null;
  for (const checkIn of sorted) summary = extendSummary(schedule, summary, checkIn);
  return summary;
}

/**
 * Strength and streaks on `today` from a summary, equal to `currentStrength` and `streaks` over
 * every check-in; null when the summary's last check-in is after `today` (a time zone moved
 * back, an imported date): then only the check-ins can tell.
 */
export function figuresOn(
  schedule: Schedule,
  summary: CheckInSummary | null,
  today: string,
): PracticeFigures | null {
  const unit = schedule.type === 'weekly' ? 'week' : 'day';
  if (!summary) return { strength: 0, streaks: { current: 0, best: 0, unit } };
  const todayNumber = dayNumber(today);
  const last = dayNumber(summary.lastDate);
  if (last > todayNumber) return null;
  // The series runs through today when today has a check-in, otherwise through yesterday.
  const end = last === todayNumber ? todayNumber : todayNumber - 1;
  const s = smoothingOf(schedule);
  const strength = carry(s, walkOf(s, summary), end - last).strength;
  let { run, best } = summary;
  if (schedule.type === 'weekly') {
    if (mondayOf(todayNumber) !== mondayOf(last)) {
      run = weekKept(schedule, summary.weekDone, summary.weekSkipped) ? run + 1 : 0;
      best = Math.max(best, run);
      // A week without a check-in between them broke the run; this week is still open.
      if (mondayOf(todayNumber) - mondayOf(last) > 7) run = 0;
    } else if (weekKept(schedule, summary.weekDone, summary.weekSkipped)) run += 1;
    best = Math.max(best, run);
  } else if (anyScheduledBetween(schedule, last, todayNumber)) run = 0;
  return { strength, streaks: { current: run, best, unit } };
}
