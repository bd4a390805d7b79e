import { dateTimeFormat } from './format';
import type { TFunction } from './words';
import type { PracticeSummary, Schedule } from '../../contracts/practices';

/** A strength of 0..1 as a whole percentage, e.g. 0.843 → 84. */
export function strengthPercent(strength: number): number {
  return Math.round(Math.min(Math.max(strength, 0), 1) * 100);
}

/**
 * The short name of an ISO weekday (1 = Monday … 7 = Sunday) in a locale, e.g. 3 → "Wed".
 * 2024-01-01 was a Monday.
 */
export function weekdayName(
  isoWeekday: number,
  locale: string,
  width: 'narrow' | 'short' | 'long' = 'short',
): string {
  const date = new Date(Date.UTC(2024, 0, isoWeekday, 12));
  return dateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(date);
}

/** A schedule in words: "Every day", "3 times a week", "On Mon, Wed and Fri". */
export function scheduleWords(schedule: Schedule, t: TFunction, locale: string): string {
  if (schedule.type === 'daily') return t('practice.schedule.daily');
  if (schedule.type === 'weekly') return t('practice.schedule.weekly', { count: schedule.times });
  if (schedule.days.length === 7) return t('practice.schedule.everyDay');
  const names = [...schedule.days].sort((a, b) => a - b).map((day) => weekdayName(day, locale));
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  return t('practice.schedule.weekdays', { days: list });
}

/** The current streak in words: "12 days in a row", "3 weeks in a row", or that none runs. */
export function streakWords(
  practice: Pick<PracticeSummary, 'streak' | 'streakUnit'>,
  t: TFunction,
): string {
  if (practice.streak <= 0) return t('practice.streak.none');
  return practice.streakUnit === 'week'
    ? t('practice.streak.week', { count: practice.streak })
    : t('practice.streak.day', { count: practice.streak });
}
