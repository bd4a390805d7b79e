import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordLength,
  passwordProblem,
} from './password-policy';

const codePoints = (min: number, max: number) =>
  fc.array(fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }), {
    minLength: min,
    maxLength: max,
  });

describe('password policy', () => {
  it('accepts exactly the lengths from 12 to 128 code points, any characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (password) => {
        const length = passwordLength(password);
        const ok = length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH;
        expect(passwordProblem(password) === null).toBe(ok);
      }),
    );
  });

  it('counts an emoji or a composed letter once', () => {
    expect(passwordLength('🧘'.repeat(12))).toBe(12);
    expect(passwordProblem('🧘'.repeat(12))).toBeNull();
    expect(passwordLength('e\u0301')).toBe(1);
  });

  it('never shortens: canonical form keeps every code point of an NFC string', () => {
    fc.assert(
      fc.property(codePoints(0, 300), (parts) => {
        const password = parts.join('').normalize('NFC');
        expect(canonicalPassword(password)).toBe(password);
      }),
    );
  });

  it('is idempotent, so a password typed twice matches', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (password) => {
        const once = canonicalPassword(password);
        expect(canonicalPassword(once)).toBe(once);
      }),
    );
  });
});
