import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps in-app paths with their query and hash', () => {
    expect(safeNextPath('/account')).toBe('/account');
    expect(safeNextPath('/account?tab=tokens#new')).toBe('/account?tab=tokens#new');
  });

  it('refuses anything that could leave the site', () => {
    for (const next of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'account',
      '',
    ]) {
      expect(safeNextPath(next)).toBeNull();
    }
    expect(safeNextPath('/\t/evil.example')).toBeNull();
  });

  it('refuses a missing value and the sign-in pages themselves', () => {
    expect(safeNextPath(null)).toBeNull();
    expect(safeNextPath('/sign-in?next=/account')).toBeNull();
    expect(safeNextPath('/sign-up')).toBeNull();
  });
});
