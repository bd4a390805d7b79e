import { beforeAll, describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import { addWords, t } from './words';
import { moodSentence } from './mood-words';

beforeAll(() => {
  addWords(en);
});

describe('a mood in words', () => {
  it('says both axes, then the named feelings', () => {
    expect(moodSentence({ pleasantness: -2, energy: 3 }, t)).toBe(
      'a bit unpleasant, quite energetic',
    );
    expect(
      moodSentence({ pleasantness: -2, energy: 3 }, t, {
        feelings: ['anxious', 'restless'],
        capitalized: true,
      }),
    ).toBe('A bit unpleasant, quite energetic — anxious, restless');
    expect(moodSentence({ pleasantness: 0, energy: -5 }, t, { capitalized: true })).toBe(
      'Neither pleasant nor unpleasant, extremely low in energy',
    );
  });

  it('has words for every point of the grid', () => {
    for (let pleasantness = -5; pleasantness <= 5; pleasantness += 1) {
      for (let energy = -5; energy <= 5; energy += 1) {
        expect(moodSentence({ pleasantness, energy }, t)).not.toMatch(/mood\.|_/);
      }
    }
  });
});
