import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../core/calendar';
import { timeZoneOffset } from '../../lib/format';
import { barPercent, instantOf, localTimeOf } from './reaction-words';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'];

describe('instantOf', () => {
  it('writes the zone’s offset', () => {
    expect(instantOf('2026-11-23', '08:15', 'Europe/Berlin')).toBe('2026-11-23T08:15:00+01:00');
    expect(instantOf('2026-07-01', '08:15', 'Europe/Berlin')).toBe('2026-07-01T08:15:00+02:00');
    expect(instantOf('2026-11-23', '08:15', 'UTC')).toMatch(/^2026-11-23T08:15:00(Z|\+00:00)$/);
  });

  it('reads back as the same local date and time, away from clock changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...ZONES),
        (days, hour, minute, zone) => {
          const date = new Date(Date.UTC(2020, 0, 1) + days * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const instant = instantOf(date, time, zone);
          const ms = Date.parse(instant);
          expect(Number.isNaN(ms)).toBe(false);
          // Near a change of offset the zone's offset at the instant may differ from the guess.
          const offset = timeZoneOffset(zone, new Date(ms)).replace('GMT', '') || 'Z';
          if (instant.endsWith(offset)) {
            expect(localDate(ms, zone)).toBe(date);
            expect(localTimeOf(ms, zone)).toBe(time);
          }
        },
      ),
    );
  });
});

describe('localTimeOf', () => {
  it('shows the time of day on a 24-hour clock in the zone', () => {
    expect(localTimeOf('2026-11-23T07:15:00Z', 'Europe/Berlin')).toBe('08:15');
    expect(localTimeOf('2026-11-23T23:05:00Z', 'UTC')).toBe('23:05');
  });
});

describe('barPercent', () => {
  it('is 100 for the largest, in proportion below it, never below a sliver', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, b) => {
        const max = Math.max(a, b);
        const count = Math.min(a, b);
        expect(barPercent(max, max)).toBe(100);
        const percent = barPercent(count, max);
        expect(percent).toBeGreaterThanOrEqual(4);
        expect(percent).toBeLessThanOrEqual(100);
        expect(Math.abs(percent - Math.max(4, (count / max) * 100))).toBeLessThanOrEqual(0.5);
      }),
    );
    expect(barPercent(0, 5)).toBe(0);
  });
});
