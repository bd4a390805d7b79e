import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isLocalTime, isoWeekday, localDate } from './calendar';
import {
  firesOn,
  localTimeAt,
  nextFireInstant,
  type ReminderDays,
  reminderDaysOf,
  zonedInstant,
} from './reminders';

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'UTC',
  'Asia/Kolkata',
  'America/Santiago',
];
const zone = fc.constantFrom(...ZONES);
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });
const days: fc.Arbitrary<ReminderDays> = fc.oneof(
  fc.constant({ type: 'daily' as const }),
  fc
    .uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })
    .map((d) => ({ type: 'weekdays' as const, days: d })),
);

const utc = (iso: string) => Date.parse(iso);

describe('zonedInstant', () => {
  it('places a normal local time by the offset of that day', () => {
    expect(zonedInstant('2027-01-15', '07:30', 'Europe/Berlin')).toBe(utc('2027-01-15T06:30:00Z'));
    expect(zonedInstant('2027-07-15', '07:30', 'Europe/Berlin')).toBe(utc('2027-07-15T05:30:00Z'));
    expect(zonedInstant('2027-07-15', '07:30', 'America/New_York')).toBe(
      utc('2027-07-15T11:30:00Z'),
    );
  });

  it('fires a time skipped by spring-forward at the moment the clocks jump', () => {
    // Berlin, 2027-03-28: 02:00 CET becomes 03:00 CEST (01:00 UTC).
    expect(zonedInstant('2027-03-28', '02:30', 'Europe/Berlin')).toBe(utc('2027-03-28T01:00:00Z'));
    // New York, 2027-03-14: 02:00 EST becomes 03:00 EDT (07:00 UTC).
    expect(zonedInstant('2027-03-14', '02:15', 'America/New_York')).toBe(
      utc('2027-03-14T07:00:00Z'),
    );
    // Lord Howe moves by half an hour: 2027-10-03 02:00 (+10:30) becomes 02:30 (+11:00).
    expect(zonedInstant('2027-10-03', '02:10', 'Australia/Lord_Howe')).toBe(
      utc('2027-10-02T15:30:00Z'),
    );
  });

  it('takes the first of a repeated hour', () => {
    // Berlin, 2027-10-31: 03:00 CEST goes back to 02:00 CET; 02:30 happens at 00:30 and 01:30 UTC.
    expect(zonedInstant('2027-10-31', '02:30', 'Europe/Berlin')).toBe(utc('2027-10-31T00:30:00Z'));
    // New York, 2027-11-07: 01:30 EDT (05:30 UTC), then 01:30 EST.
    expect(zonedInstant('2027-11-07', '01:30', 'America/New_York')).toBe(
      utc('2027-11-07T05:30:00Z'),
    );
  });

  it('reads back as the asked local time, unless the time was skipped', () => {
    fc.assert(
      fc.property(zone, time, instant, (z, t, at) => {
        const date = localDate(at, z);
        const fired = zonedInstant(date, t, z);
        const back = localTimeAt(fired, z);
        if (back === t) {
          expect(localDate(fired, z)).toBe(date);
          // The first occurrence: an hour earlier (or half) does not read the same.
          expect(localTimeAt(fired - 30 * 60_000, z)).not.toBe(t);
          expect(localTimeAt(fired - 60 * 60_000, z)).not.toBe(t);
        } else {
          // Skipped: the instant just before reads earlier than t, the instant itself later.
          expect(localTimeAt(fired - 1000, z) < t).toBe(true);
          expect(back > t).toBe(true);
        }
      }),
    );
  });
});

describe('nextFireInstant', () => {
  it('is strictly later, on a day of the rule, at its time, with no firing skipped between', () => {
    fc.assert(
      fc.property(zone, time, days, instant, (z, t, d, after) => {
        const rule = { time: t, timeZone: z, days: d };
        const next = nextFireInstant(rule, after)!;
        expect(next).toBeGreaterThan(after);
        const date = localDate(next, z);
        expect(firesOn(d, date)).toBe(true);
        expect(zonedInstant(date, t, z)).toBe(next);
        // No day of the rule between fires earlier.
        for (let day = localDate(after, z); day < date; day = addDays(day, 1)) {
          if (firesOn(d, day)) expect(zonedInstant(day, t, z)).toBeLessThanOrEqual(after);
        }
        expect(next - after).toBeLessThanOrEqual(8 * 86_400_000);
      }),
    );
  });

  it('fires once per day: the firing after a firing is on a later date', () => {
    fc.assert(
      fc.property(zone, time, days, instant, (z, t, d, after) => {
        const rule = { time: t, timeZone: z, days: d };
        const first = nextFireInstant(rule, after)!;
        const second = nextFireInstant(rule, first)!;
        expect(localDate(second, z) > localDate(first, z)).toBe(true);
      }),
    );
  });

  it('fires daily across spring-forward and fall-back in Berlin', () => {
    const rule = { time: '02:30', timeZone: 'Europe/Berlin', days: { type: 'daily' as const } };
    const fired: string[] = [];
    let at = utc('2027-03-26T12:00:00Z');
    for (let i = 0; i < 4; i += 1) {
      at = nextFireInstant(rule, at)!;
      fired.push(new Date(at).toISOString());
    }
    expect(fired).toEqual([
      '2027-03-27T01:30:00.000Z',
      '2027-03-28T01:00:00.000Z',
      '2027-03-29T00:30:00.000Z',
      '2027-03-30T00:30:00.000Z',
    ]);
    at = utc('2027-10-30T12:00:00Z');
    const autumn: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      at = nextFireInstant(rule, at)!;
      autumn.push(new Date(at).toISOString());
    }
    expect(autumn).toEqual(['2027-10-31T00:30:00.000Z', '2027-11-01T01:30:00.000Z']);
  });

  it('fires only on chosen weekdays', () => {
    const rule = {
      time: '07:00',
      timeZone: 'America/New_York',
      days: { type: 'weekdays' as const, days: [1, 3] },
    };
    let at = utc('2027-03-10T12:00:00Z'); // a Wednesday
    const dates: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      at = nextFireInstant(rule, at)!;
      dates.push(localDate(at, 'America/New_York'));
    }
    expect(dates).toEqual(['2027-03-15', '2027-03-17', '2027-03-22']);
    expect(dates.map(isoWeekday)).toEqual([1, 3, 1]);
    expect(nextFireInstant({ ...rule, days: { type: 'weekdays', days: [] } }, at)).toBeNull();
  });
});

describe('reminder days and times', () => {
  it('follow the practice schedule', () => {
    expect(reminderDaysOf({ type: 'daily' })).toEqual({ type: 'daily' });
    expect(reminderDaysOf({ type: 'weekly', times: 3 })).toEqual({ type: 'daily' });
    expect(reminderDaysOf({ type: 'weekdays', days: [5, 1, 5] })).toEqual({
      type: 'weekdays',
      days: [1, 5],
    });
  });

  it('accept only HH:MM', () => {
    expect(['00:00', '07:30', '23:59'].every(isLocalTime)).toBe(true);
    expect(['24:00', '7:30', '07:60', '0730', ''].some(isLocalTime)).toBe(false);
  });
});
