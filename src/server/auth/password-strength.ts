import { createRequire } from 'node:module';
import type * as Core from '@zxcvbn-ts/core';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type * as Common from '@zxcvbn-ts/language-common';
import type * as English from '@zxcvbn-ts/language-en';
import { badRequest } from '../errors';

const require = createRequire(import.meta.url);

/** zxcvbn's score runs 0–4; below this a password is too easy to guess. */
export const MIN_PASSWORD_SCORE = 3;
/**
 * zxcvbn's time grows fast with length: only this many characters are judged, so a long
 * password cannot tie up the server. A password whose first 64 characters are weak is refused.
 */
const JUDGED_LENGTH = 64;

let checker: ZxcvbnFactory | undefined;

// The dictionaries take a few hundred ms and tens of MB to load: once per process, on first
// use, not at start-up (docs/performance.md), so they are required here and not imported.
function zxcvbn(): ZxcvbnFactory {
  if (checker) return checker;
  const { ZxcvbnFactory: Factory } = require('@zxcvbn-ts/core') as typeof Core;
  const common = require('@zxcvbn-ts/language-common') as typeof Common;
  const english = require('@zxcvbn-ts/language-en') as typeof English;
  checker = new Factory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
    maxLength: JUDGED_LENGTH,
    // The default (100) lets one address-like input take seconds.
    l33tMaxSubstitutions: 8,
  });
  return checker;
}

export type WeakPassword = { reason: 'common' | 'guessable'; message: string };

/**
 * Why a password is too easy to guess, or null when it is not: zxcvbn-ts (with its common-
 * password list of leaked passwords and the English dictionaries) scores it below
 * MIN_PASSWORD_SCORE, or finds it in the common-password list outright. Words about the
 * person (`hints`: email, name) count as easy to guess.
 */
export function weakPassword(password: string, hints: string[] = []): WeakPassword | null {
  const result = zxcvbn().check(password, hints);
  const whole = result.sequence.length === 1 ? result.sequence[0] : undefined;
  const common =
    whole !== undefined &&
    whole.pattern === 'dictionary' &&
    'dictionaryName' in whole &&
    whole.dictionaryName === 'passwords-common';
  if (common) {
    return {
      reason: 'common',
      message: 'This is one of the most common passwords. Choose one that only you would use.',
    };
  }
  if (result.score < MIN_PASSWORD_SCORE) {
    const hint = result.feedback.warning ? ` ${result.feedback.warning}` : '';
    return {
      reason: 'guessable',
      message: `This password is too easy to guess.${hint} A few unrelated words make a strong one.`,
    };
  }
  return null;
}

/** Refuses a password that is too easy to guess with 400 `weak_password` on `field`. */
export function requireStrongPassword(password: string, field: string, hints: string[] = []) {
  const weak = weakPassword(password, hints);
  if (weak) {
    throw badRequest('weak_password', weak.message, [{ path: [field], message: weak.message }]);
  }
}
