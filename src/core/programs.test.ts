import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from './calendar';
import {
  canSetSeats,
  promotions,
  programWeek,
  statusOnJoining,
  weeksOf,
  zonedInstant,
} from './programs';

/** Replays joins and leaves through the rules, as the commands do under the program's lock. */
function replay(seats: number, events: ({ join: number } | { leave: number })[]) {
  const enrolled: number[] = [];
  const waitlist: number[] = [];
  for (const event of events) {
    if ('join' in event) {
      if (enrolled.includes(event.join) || waitlist.includes(event.join)) continue;
      (statusOnJoining(seats, enrolled.length) === 'enrolled' ? enrolled : waitlist).push(
        event.join,
      );
    } else {
      const at = enrolled.indexOf(event.leave);
      if (at >= 0) enrolled.splice(at, 1);
      const w = waitlist.indexOf(event.leave);
      if (w >= 0) waitlist.splice(w, 1);
      for (const id of promotions(seats, enrolled.length, [...waitlist])) {
        enrolled.push(id);
        waitlist.splice(waitlist.indexOf(id), 1);
      }
    }
  }
  return { enrolled, waitlist };
}

describe('seats', () => {
  it('never seats more than it has, and keeps a waitlist only while every seat is taken', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(
          fc.oneof(
            fc.record({ join: fc.integer({ min: 0, max: 15 }) }),
            fc.record({ leave: fc.integer({ min: 0, max: 15 }) }),
          ),
          { maxLength: 60 },
        ),
        (seats, events) => {
          const { enrolled, waitlist } = replay(seats, events);
          expect(enrolled.length).toBeLessThanOrEqual(seats);
          if (waitlist.length > 0) expect(enrolled.length).toBe(seats);
        },
      ),
    );
  });

  it('promotes the first in line, in order, never more than the free seats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 25 }),
        fc.uniqueArray(fc.integer(), { maxLength: 30 }),
        (seats, enrolled, waitlist) => {
          const promoted = promotions(seats, enrolled, waitlist);
          expect(promoted).toEqual(waitlist.slice(0, promoted.length));
          expect(promoted.length).toBe(Math.min(waitlist.length, Math.max(0, seats - enrolled)));
        },
      ),
    );
  });

  it('never takes a seat from someone holding one', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 50 }), fc.integer({ min: 0, max: 40 }), (s, e) => {
        expect(canSetSeats(s, e)).toBe(s >= 1 && s >= e);
      }),
    );
  });
});

describe('program weeks', () => {
  const date = fc
    .integer({ min: 0, max: 20_000 })
    .map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

  it('puts every day of a program in one of its weeks, week 1 from the start', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (start, len, at) => {
          const end = new Date(Date.parse(start) + len * 86_400_000).toISOString().slice(0, 10);
          const day = new Date(Date.parse(start) + at * 86_400_000).toISOString().slice(0, 10);
          const week = programWeek(start, end, day);
          if (at > len) expect(week).toBeNull();
          else {
            expect(week).toBe(Math.floor(at / 7) + 1);
            expect(week).toBeLessThanOrEqual(weeksOf(start, end));
          }
        },
      ),
    );
    expect(programWeek('2026-03-02', '2026-04-26', '2026-03-01')).toBeNull();
    expect(weeksOf('2026-03-02', '2026-04-26')).toBe(8);
  });
});

describe('zonedInstant', () => {
  const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];

  it('gives the instant whose wall clock in the zone is the time written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const at = new Date(Math.floor(ms / 60_000) * 60_000);
          const date = localDate(at.getTime(), zone);
          const time = new Intl.DateTimeFormat('en-GB', {
            timeZone: zone,
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(at);
          const instant = zonedInstant(date, time, zone);
          expect(localDate(instant, zone)).toBe(date);
          const back = new Intl.DateTimeFormat('en-GB', {
            timeZone: zone,
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(new Date(instant));
          expect(back).toBe(time);
        },
      ),
    );
    expect(zonedInstant('2026-03-02', '09:30', 'Europe/Berlin')).toBe('2026-03-02T08:30:00.000Z');
    expect(zonedInstant('2026-07-02', '09:30', 'Europe/Berlin')).toBe('2026-07-02T07:30:00.000Z');
    // Skipped by the spring change: read with the offset before it.
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
  });
});
