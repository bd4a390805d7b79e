import { bench, describe } from 'vitest';
import { findLimitingLanguage } from '../src/core/limiting-language';
import { LIMITING_LANGUAGE_FIXTURES } from '../src/core/limiting-language.fixtures';

// The detector runs on every saved reflection (up to 20,000 characters). Compare a realistic
// long entry with adversarial repetitions side by side.
const long = LIMITING_LANGUAGE_FIXTURES.map((s) => s.text)
  .join(' ')
  .repeat(2)
  .slice(0, 20_000);

describe('findLimitingLanguage on 20,000 characters', () => {
  bench('a long reflection', () => {
    findLimitingLanguage(long);
  });
  bench('"I " repeated', () => {
    findLimitingLanguage('I '.repeat(10_000));
  });
  bench('"every time I " repeated', () => {
    findLimitingLanguage('every time I '.repeat(1_600));
  });
  bench('quoted "I can\'t" repeated', () => {
    findLimitingLanguage('"I can\'t" '.repeat(2_000));
  });
});
