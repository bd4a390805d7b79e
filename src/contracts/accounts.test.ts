import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, passwordLength } from '../core/password-policy';
import { RegisterBody, UpdateProfileBody } from './accounts';

const valid = { email: 'ana@example.com', password: 'twelve chars', name: 'Ana' };

describe('RegisterBody', () => {
  it('accepts a password exactly when it has 12 to 128 code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 140 }), (password) => {
        const length = passwordLength(password);
        const result = RegisterBody.safeParse({ ...valid, password });
        expect(result.success).toBe(length >= 12 && length <= PASSWORD_MAX_LENGTH);
      }),
    );
  });

  it('names the failing field and says what to do', () => {
    const result = RegisterBody.safeParse({ email: 'nope', password: 'short', name: ' ' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['email', 'password', 'name']);
    expect(result.error?.issues[1]?.message).toBe('Use at least 12 characters.');
  });

  it('refuses unknown time zones and over-long names', () => {
    expect(RegisterBody.safeParse({ ...valid, timeZone: 'Nowhere/Else' }).success).toBe(false);
    expect(RegisterBody.safeParse({ ...valid, name: 'x'.repeat(101) }).success).toBe(false);
    expect(RegisterBody.safeParse({ ...valid, timeZone: 'Asia/Tokyo' }).success).toBe(true);
  });

  it('never accepts a non-string field, whatever is sent', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(typeof value !== 'string');
        expect(RegisterBody.safeParse({ ...valid, email: value }).success).toBe(false);
        expect(RegisterBody.safeParse({ ...valid, password: value }).success).toBe(false);
      }),
    );
  });
});

describe('UpdateProfileBody', () => {
  it('needs at least one change', () => {
    expect(UpdateProfileBody.safeParse({}).success).toBe(false);
    expect(UpdateProfileBody.safeParse({ name: 'Ana' }).success).toBe(true);
  });
});
