import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, formatDayAndTime, formatShortDate } from './format';

describe('formatShortDate', () => {
  const now = new Date('2026-11-23T12:00:00Z');

  it('leaves out the year of this year, in the person’s time zone', () => {
    expect(formatShortDate('2026-10-03T09:00:00Z', 'en-GB', 'Europe/Berlin', now)).toBe('3 Oct');
    // 23:30 UTC on 3 Oct is already 4 Oct in Tokyo.
    expect(formatShortDate('2026-10-03T23:30:00Z', 'en-GB', 'Asia/Tokyo', now)).toBe('4 Oct');
  });

  it('shows the year of another year', () => {
    expect(formatShortDate('2025-10-03T09:00:00Z', 'en-GB', 'UTC', now)).toBe('3 Oct 2025');
  });
});

describe('formatDayAndTime', () => {
  const now = new Date('2027-03-01T12:00:00Z');

  it('says the weekday, day, month and time in the person’s time zone, the year only of another year', () => {
    expect(formatDayAndTime('2027-03-22T09:00:00Z', 'en-GB', 'Europe/Berlin', now)).toBe(
      'Monday 22 March at 10:00',
    );
    // 23:30 UTC on Monday is already Tuesday morning in Tokyo.
    expect(formatDayAndTime('2027-03-22T23:30:00Z', 'en-GB', 'Asia/Tokyo', now)).toBe(
      'Tuesday 23 March at 08:30',
    );
    expect(formatDayAndTime('2028-01-03T09:00:00Z', 'en-GB', 'UTC', now)).toBe(
      'Monday, 3 January 2028 at 09:00',
    );
  });
});

describe('formatDateTime', () => {
  it('shows the time of day in the person’s time zone', () => {
    expect(formatDateTime('2026-11-23T08:15:00Z', 'en-GB', 'Europe/Berlin')).toBe(
      '23 Nov 2026, 09:15',
    );
  });
});

describe('formatCalendarDate', () => {
  it('shows the calendar date itself, whatever the browser’s zone', () => {
    expect(
      formatCalendarDate('2026-11-23', 'en-GB', { weekday: 'long', day: 'numeric', month: 'long' }),
    ).toBe('Monday 23 November');
    expect(formatCalendarDate('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
  });

  it('gives back what it cannot read', () => {
    expect(formatCalendarDate('soon', 'en-GB')).toBe('soon');
  });
});
