import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAtOrBelow, isCurrent, NAV_SECTIONS } from './navigation';

const entries = NAV_SECTIONS.flatMap((section) => section.entries);

describe('navigation', () => {
  it('marks an entry current on its own path, below it, and on the paths it covers', () => {
    const journal = entries.find((entry) => entry.to === '/journal')!;
    expect(isCurrent(journal, '/journal')).toBe(true);
    expect(isCurrent(journal, '/journal/01HZ')).toBe(true);
    expect(isCurrent(journal, '/beliefs')).toBe(true);
    expect(isCurrent(journal, '/review/2026-W47')).toBe(true);
    expect(isCurrent(journal, '/journals')).toBe(false);
    expect(isCurrent(journal, '/today')).toBe(false);
  });

  it('never marks two entries current at once', () => {
    const paths = fc.oneof(
      fc.constantFrom(...entries.flatMap((e) => [e.to, ...(e.alsoFor ?? [])])),
      fc.string(),
    );
    fc.assert(
      fc.property(paths, fc.stringMatching(/^[a-z0-9-]*$/), (base, rest) => {
        const pathname = rest ? `${base}/${rest}` : base;
        expect(entries.filter((entry) => isCurrent(entry, pathname)).length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('keeps the phone bar to four entries plus More', () => {
    expect(entries.filter((entry) => entry.onPhoneBar).length).toBeLessThanOrEqual(4);
  });

  it('has no path twice', () => {
    const all = entries.flatMap((e) => [e.to, ...(e.alsoFor ?? [])]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('treats a path as below itself but not below a mere prefix', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\/[a-z]+$/), fc.stringMatching(/^[a-z]+$/), (base, tail) => {
        expect(isAtOrBelow(base, base)).toBe(true);
        expect(isAtOrBelow(`${base}/${tail}`, base)).toBe(true);
        expect(isAtOrBelow(`${base}${tail}`, base)).toBe(false);
      }),
    );
  });
});
