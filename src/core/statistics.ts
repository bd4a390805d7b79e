import { addDays, dayNumber, isoWeekOf, mondayOfIsoWeek } from './calendar';
import { alignment } from './alignment';
import { type CheckIn, type Schedule, strengthByDay } from './practice';

/**
 * The anonymous statistics' rollups (docs/decisions/0021-statistics-rollups.md): what one person
 * did in one ISO week, as plain numbers, computed from their own rows. The dashboard adds these up
 * per group of people and asks `suppressDashboard` what may be shown; nothing here is ever shown
 * about one person.
 */

/** The longest period a dashboard shows: a year of ISO weeks (53 in a long year). */
export const MAX_PERIOD_WEEKS = 53;

/** Distribution buckets of a percentage (practice strength, weekly alignment), and "none". */
export const PERCENT_BUCKETS = ['0-19', '20-39', '40-59', '60-79', '80-100'] as const;
export const NO_BUCKET = 'none';
export type PercentBucket = (typeof PERCENT_BUCKETS)[number] | typeof NO_BUCKET;

/** Lowest percentage of each bucket, in order (the last bucket includes 100). */
export const BUCKET_FLOORS = [0, 20, 40, 60, 80] as const;

/** The bucket of a percentage 0–100, or "none" when there is no figure. */
export function percentBucket(percent: number | null): PercentBucket {
  if (percent === null || Number.isNaN(percent)) return NO_BUCKET;
  let index = 0;
  BUCKET_FLOORS.forEach((floor, i) => {
    if (percent >= floor) index = i;
  });
  return PERCENT_BUCKETS[index] as PercentBucket;
}

/**
 * Weekly figures (strength, alignment) have one decimal, so any sum of them is a whole number of
 * tenths (docs/decisions/0049-statistics-summary.md, "Rounding").
 */
export const TENTHS_PER_UNIT = 10;

/**
 * A person's mean figure over a period, null without weeks: the sum of its weekly figures in
 * whole tenths, `round(total × 10)`, divided by `weeks × 10`. Both are exact integers, so the
 * one correctly rounded division gives the same double in JavaScript, SQLite and PostgreSQL
 * however the total was summed (running sums subtracted, or the figures added one by one), and a
 * mean on a bucket's floor lands on it, not a hair below.
 * Example: `periodMean(55.5 + 64.5, 2)` → 60, as is `periodMean(119.99999999999, 2)`.
 */
export function periodMean(total: number, weeks: number): number | null {
  if (weeks <= 0) return null;
  // A difference of totals a hair below zero rounds to −0; `+ 0` makes it the raw sum's 0.
  return (Math.round(total * TENTHS_PER_UNIT) + 0) / (weeks * TENTHS_PER_UNIT);
}

/** The mean of the weekly figures that exist, by `periodMean`; null when none does. */
export function meanFigure(figures: readonly (number | null)[]): number | null {
  const known = figures.filter((v): v is number => v !== null);
  return periodMean(
    known.reduce((sum, v) => sum + v, 0),
    known.length,
  );
}

/**
 * The whole ISO weeks of a period, oldest first: from the week of `from` to the week of `to`.
 * Periods are whole weeks so that two periods cannot be subtracted into part of a week.
 * Example: `periodWeeks('2026-01-07', '2026-01-14')` → `['2026-W02', '2026-W03']`.
 */
export function periodWeeks(from: string, to: string): string[] {
  const weeks: string[] = [];
  const last = isoWeekOf(to);
  let monday = mondayOfIsoWeek(isoWeekOf(from)) as string;
  while (weeks.length <= MAX_PERIOD_WEEKS + 1) {
    const week = isoWeekOf(monday);
    if (week > last) break;
    weeks.push(week);
    monday = addDays(monday, 7);
  }
  return weeks;
}

/** One person's week as the rollups keep it. A week with nothing done is not kept. */
export type PersonWeek = {
  week: string;
  reflections: number;
  checkIns: number;
  /** Mean strength (0–100) of the person's practices at the end of a week with a check-in. */
  strength: number | null;
  learningMinutes: number;
  feedbackRequested: number;
  feedbackGiven: number;
  assessments: number;
  /** The sum of creative tension (vision level − reality level) at each assessment. */
  tensionSum: number;
  /** Assessments that rated reality higher than the aspiration's assessment before. */
  movedToward: number;
  /** The week's alignment (percent) from the weekly review, or null without one. */
  alignment: number | null;
};

/** Learning minutes of one person in one week on items of one kind. */
export type PersonLearning = { week: string; kind: string; minutes: number };

/** Everything of one person the rollups are computed from; dates are calendar dates. */
export type PersonActivity = {
  reflectionDates: readonly string[];
  practices: readonly {
    id: string;
    schedule: Schedule;
    startDate: string;
    checkIns: readonly CheckIn[];
  }[];
  learning: readonly { date: string; minutes: number; kind: string }[];
  feedbackRequestedDates: readonly string[];
  feedbackGivenDates: readonly string[];
  /** Every assessment and vision revision, of every aspiration (earlier ones give "before"). */
  assessments: readonly { aspirationId: string; date: string; at: string; level: number }[];
  visions: readonly { aspirationId: string; at: string; visionLevel: number }[];
  reviews: readonly { week: string; ratings: readonly number[] }[];
};

const emptyWeek = (week: string): PersonWeek => ({
  week,
  reflections: 0,
  checkIns: 0,
  strength: null,
  learningMinutes: 0,
  feedbackRequested: 0,
  feedbackGiven: 0,
  assessments: 0,
  tensionSum: 0,
  movedToward: 0,
  alignment: null,
});

/**
 * A person's weeks from the week of `since` through `today`: only weeks in which they did
 * something (wrote a reflection, checked in, logged learning, asked for or gave named feedback,
 * assessed an aspiration, reviewed the week). Those are the weeks they count as active in.
 */
export function personWeeks(
  activity: PersonActivity,
  since: string,
  today: string,
): { weeks: PersonWeek[]; learning: PersonLearning[] } {
  const first = isoWeekOf(since);
  const weeks = new Map<string, PersonWeek>();
  // A person's rows share dates (a day's check-ins, reflection and learning): each date's week once.
  const weekOfDate = new Map<string, string>();
  const weekAt = (date: string) => {
    let week = weekOfDate.get(date);
    if (week === undefined) weekOfDate.set(date, (week = isoWeekOf(date)));
    if (week < first || date > today) return null;
    const row = weeks.get(week) ?? emptyWeek(week);
    weeks.set(week, row);
    return row;
  };
  for (const date of activity.reflectionDates) {
    const row = weekAt(date);
    if (row) row.reflections += 1;
  }
  for (const date of activity.feedbackRequestedDates) {
    const row = weekAt(date);
    if (row) row.feedbackRequested += 1;
  }
  for (const date of activity.feedbackGivenDates) {
    const row = weekAt(date);
    if (row) row.feedbackGiven += 1;
  }
  const learning = new Map<string, PersonLearning>();
  for (const session of activity.learning) {
    const row = weekAt(session.date);
    if (!row) continue;
    row.learningMinutes += session.minutes;
    const key = `${row.week}|${session.kind}`;
    const entry = learning.get(key) ?? { week: row.week, kind: session.kind, minutes: 0 };
    entry.minutes += session.minutes;
    learning.set(key, entry);
  }
  for (const review of activity.reviews) {
    const monday = mondayOfIsoWeek(review.week);
    const row = monday ? weekAt(monday) : null;
    if (row) row.alignment = alignment(review.ratings);
  }
  addAssessments(activity, weekAt);
  addCheckIns(activity, weekAt, today);
  return {
    weeks: [...weeks.values()].sort((a, b) => (a.week < b.week ? -1 : 1)),
    learning: [...learning.values()],
  };
}

function addAssessments(activity: PersonActivity, weekAt: (date: string) => PersonWeek | null) {
  const byTime = <T extends { at: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const visions = byTime(activity.visions);
  const previous = new Map<string, number>();
  for (const assessment of byTime(activity.assessments)) {
    const before = previous.get(assessment.aspirationId);
    previous.set(assessment.aspirationId, assessment.level);
    const row = weekAt(assessment.date);
    if (!row) continue;
    const vision = visions
      .filter(
        (v) =>
          v.aspirationId === assessment.aspirationId &&
          Date.parse(v.at) <= Date.parse(assessment.at),
      )
      .at(-1);
    row.assessments += 1;
    row.tensionSum += (vision?.visionLevel ?? assessment.level) - assessment.level;
    if (before !== undefined && assessment.level > before) row.movedToward += 1;
  }
}

function addCheckIns(
  activity: PersonActivity,
  weekAt: (date: string) => PersonWeek | null,
  today: string,
) {
  const weeksWithCheckIns = new Set<PersonWeek>();
  for (const practice of activity.practices) {
    for (const checkIn of practice.checkIns) {
      if (checkIn.status !== 'done') continue;
      const row = weekAt(checkIn.date);
      if (!row) continue;
      row.checkIns += 1;
      weeksWithCheckIns.add(row);
    }
  }
  if (weeksWithCheckIns.size === 0) return;
  // Each practice's strength series once, and each week's mean strength once (not per check-in).
  const series = activity.practices.map((practice) =>
    strengthByDay(practice.schedule, practice.checkIns, practice.startDate, today),
  );
  for (const row of weeksWithCheckIns) {
    const sunday = addDays(mondayOfIsoWeek(row.week) as string, 6);
    const end = dayNumber(sunday < today ? sunday : today);
    const strengths = series.map((strengthOn) => strengthOn(end) ?? strengthOn(end - 1) ?? 0);
    row.strength =
      Math.round((strengths.reduce((sum, s) => sum + s, 0) / strengths.length) * 1000) / 10;
  }
}
