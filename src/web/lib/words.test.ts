import { beforeAll, describe, expect, it } from 'vitest';
import { addWords, hasWord, t, type WordKey } from './words';

// Keys made up for the test, so the type of real keys does not apply.
const key = (k: string) => k as WordKey;

beforeAll(() => {
  addWords({
    test: {
      title: 'Praxis',
      greeting: 'Good morning, {{name}}',
      days_zero: 'No days yet',
      days_one: '{{count}} day',
      days_other: '{{count}} days',
      dates_one: 'one date',
      dates_other: '{{count}} dates',
      nested: { first: 'first' },
    },
  });
});

describe('t', () => {
  it('looks up a dotted key and puts values in', () => {
    expect(t(key('test.title'))).toBe('Praxis');
    expect(t(key('test.greeting'), { name: 'Ann' })).toBe('Good morning, Ann');
  });

  it('leaves a placeholder whose value is missing, as i18next did', () => {
    expect(t(key('test.greeting'))).toBe('Good morning, {{name}}');
    expect(t(key('test.greeting'), { other: 'x' })).toBe('Good morning, {{name}}');
  });

  it('chooses the plural form by count, the zero form for 0 when there is one', () => {
    expect(t(key('test.days'), { count: 0 })).toBe('No days yet');
    expect(t(key('test.days'), { count: 1 })).toBe('1 day');
    expect(t(key('test.days'), { count: 7 })).toBe('7 days');
    expect(t(key('test.dates'), { count: 0 })).toBe('0 dates');
  });

  it('answers a missing key with the key', () => {
    expect(t(key('test.nowhere'))).toBe('test.nowhere');
    expect(t(key('test.nested'))).toBe('test.nested');
  });

  it('skips interpolation when asked, for tagged sentences', () => {
    expect(t(key('test.greeting'), { name: 'Ann', skipInterpolation: true })).toBe(
      'Good morning, {{name}}',
    );
  });
});

describe('addWords', () => {
  it('grows a section without losing what it held', () => {
    addWords({ test: { nested: { second: 'second' } } });
    expect(t(key('test.nested.first'))).toBe('first');
    expect(t(key('test.nested.second'))).toBe('second');
    expect(t(key('test.title'))).toBe('Praxis');
  });
});

describe('hasWord', () => {
  it('knows sentences and plural sentences, not sections or missing keys', () => {
    expect(hasWord('test.title')).toBe(true);
    expect(hasWord('test.days')).toBe(true);
    expect(hasWord('test.nested')).toBe(false);
    expect(hasWord('test.missing')).toBe(false);
  });
});
