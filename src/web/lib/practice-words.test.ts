import { beforeAll, describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import { addWords, t } from './words';
import { scheduleWords, streakWords, strengthPercent, weekdayName } from './practice-words';

beforeAll(() => {
  addWords(en);
});

describe('practice words', () => {
  it('rounds strength to a percentage within 0..100', () => {
    expect(strengthPercent(0.843)).toBe(84);
    expect(strengthPercent(1.2)).toBe(100);
    expect(strengthPercent(-0.1)).toBe(0);
  });

  it('names ISO weekdays', () => {
    expect(weekdayName(1, 'en-GB')).toBe('Mon');
    expect(weekdayName(7, 'en-GB', 'long')).toBe('Sunday');
  });

  it('says a schedule in words', () => {
    expect(scheduleWords({ type: 'daily' }, t, 'en-GB')).toBe('Every day');
    expect(scheduleWords({ type: 'weekly', times: 1 }, t, 'en-GB')).toBe('Once a week');
    expect(scheduleWords({ type: 'weekly', times: 3 }, t, 'en-GB')).toBe('3 times a week');
    expect(scheduleWords({ type: 'weekdays', days: [5, 1, 3] }, t, 'en-GB')).toBe(
      'On Mon, Wed and Fri',
    );
  });

  it('says a streak in words', () => {
    expect(streakWords({ streak: 12, streakUnit: 'day' }, t)).toBe('12 days in a row');
    expect(streakWords({ streak: 1, streakUnit: 'week' }, t)).toBe('1 week in a row');
    expect(streakWords({ streak: 0, streakUnit: 'day' }, t)).toBe('No streak yet');
  });
});
