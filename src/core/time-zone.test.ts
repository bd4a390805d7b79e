import { describe, expect, it } from 'vitest';
import { isTimeZone, timeZoneNames } from './time-zone';

describe('time zones', () => {
  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('lists UTC first and only valid zones', () => {
    const names = timeZoneNames();
    expect(names[0]).toBe('UTC');
    expect(names.length).toBeGreaterThan(300);
    expect(names.every(isTimeZone)).toBe(true);
  });
});
