import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate } from './calendar';
import { nextMeeting } from './meetings';
import { localTimeAt } from './reminders';

const rule = {
  date: '2027-01-04',
  time: '10:00',
  timeZone: 'UTC',
  durationMinutes: 30,
  repeatWeeks: null as number | null,
};

describe('nextMeeting', () => {
  it('is the meeting itself until it has ended, then none for a single one', () => {
    const starts = Date.parse('2027-01-04T10:00:00Z');
    expect(nextMeeting(rule, starts - 1)).toEqual({ date: '2027-01-04', startsAt: starts });
    expect(nextMeeting(rule, starts + 29 * 60_000)?.date).toBe('2027-01-04');
    expect(nextMeeting(rule, starts + 30 * 60_000)).toBeNull();
  });

  it('moves on by the repeat once a meeting has ended', () => {
    const every2 = { ...rule, repeatWeeks: 2 };
    expect(nextMeeting(every2, Date.parse('2027-01-10T00:00:00Z'))).toEqual({
      date: '2027-01-18',
      startsAt: Date.parse('2027-01-18T10:00:00Z'),
    });
    expect(nextMeeting(every2, Date.parse('2027-01-18T10:30:00Z'))?.date).toBe('2027-02-01');
  });

  it('keeps the local time across a daylight-saving change', () => {
    const berlin = { ...rule, date: '2027-03-22', timeZone: 'Europe/Berlin', repeatWeeks: 1 };
    const next = nextMeeting(berlin, Date.parse('2027-03-23T00:00:00Z'))!;
    expect(next.date).toBe('2027-03-29');
    // 10:00 in Berlin was 09:00 UTC before 28 March, 08:00 UTC after.
    expect(new Date(next.startsAt).toISOString()).toBe('2027-03-29T08:00:00.000Z');
  });

  it('is always an occurrence not yet over, with the one before it over', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 5, max: 480 }),
        fc.integer({ min: -10 * 86_400, max: 400 * 86_400 }),
        (offsetDays, minute, timeZone, repeatWeeks, durationMinutes, secondsAfter) => {
          const date = addDays('2026-01-01', offsetDays);
          const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const meeting = { date, time, timeZone, durationMinutes, repeatWeeks };
          const first = nextMeeting(meeting, 0)!;
          const now = first.startsAt + secondsAfter * 1000;
          const next = nextMeeting(meeting, now)!;
          const length = durationMinutes * 60_000;
          expect(next.startsAt + length).toBeGreaterThan(now);
          expect(daysBetween(date, next.date) % (repeatWeeks * 7)).toBe(0);
          expect(localDate(next.startsAt, timeZone)).toBe(next.date);
          if (next.date !== date) {
            const before = nextMeeting(
              { ...meeting, repeatWeeks: null, date: addDays(next.date, -repeatWeeks * 7) },
              0,
            )!;
            expect(before.startsAt + length).toBeLessThanOrEqual(now);
          }
          return localTimeAt(next.startsAt, timeZone) === time || timeZone !== 'UTC';
        },
      ),
    );
  });
});
