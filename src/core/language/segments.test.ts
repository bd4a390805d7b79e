import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLimitingLanguage } from '../limiting-language';
import { RULES } from '../limiting-language-rules';
import {
  BLIND_HELD_OUT,
  DERIVED,
  HELD_OUT,
  LONG_NEUTRAL,
  REAL_FORMS,
  REAL_FORMS_SUPPORT,
  SUPPORT_CASES,
  WRITTEN,
} from './corpus';
import { analyse, forgetReadings, type Token, winkNlp } from './nlp';
import { Memo, segment } from './segments';
import { SIGNS_BEHIND_WORDS } from './risk-concepts';
import { needsSupport, RISK } from './support';

const sentences = WRITTEN.map((s) => s.text);
/** Texts of 1,000 characters of the corpus run together, as the benchmark reads them. */
const TEXTS = Array.from({ length: 24 }, (_, n) => {
  let text = '';
  for (let i = n * 29; text.length < 1_000; i += 1) text += `${sentences[i % sentences.length]} `;
  return text.slice(0, 1_000);
});
const pieces = (text: string) => segment(text).map(({ from, to }) => text.slice(from, to));
const shape = (tokens: readonly Token[], from: number) =>
  tokens.map((t) => `${t.start - from}:${t.word}/${t.pos}/${t.lemma}`).join(' ');

describe('segments', () => {
  it('cover the text in order, none empty', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'I', '.', ' ', '\n', '?', 'Dr', '"') }),
        (text) => {
          const found = segment(text);
          expect(found.map(({ from, to }) => text.slice(from, to)).join('')).toBe(text);
          for (const { from, to } of found) expect(to).toBeGreaterThan(from);
        },
      ),
    );
  });

  it('end where a sentence ends, not after an abbreviation or before lower case', () => {
    expect(pieces('Dr. Jones said I can’t. I know! “Fine.” Then\n\nmore')).toEqual([
      'Dr. Jones said I can’t. ',
      'I know! ',
      '“Fine.” ',
      'Then\n\n',
      'more',
    ]);
    expect(pieces('he said no. i cant do it e.g. This')).toEqual([
      'he said no. i cant do it e.g. This',
    ]);
  });

  it('never cut a sentence wink-nlp reads whole', () => {
    const { nlp } = winkNlp();
    for (const text of TEXTS) {
      const starts = new Set<number>();
      let cursor = 0;
      for (const sentence of nlp.readDoc(text).sentences().out() as string[]) {
        cursor = text.indexOf(sentence, cursor);
        starts.add(cursor);
      }
      for (const { from } of segment(text).slice(1)) expect(starts).toContain(from);
    }
  });

  it('read in a batch as each would read alone, so the cache never changes an answer', () => {
    for (const text of TEXTS) {
      forgetReadings();
      const together = analyse(text).tokens;
      for (const { from, to } of segment(text)) {
        forgetReadings();
        const alone = analyse(text.slice(from, to)).tokens;
        expect(
          shape(
            together.filter((t) => t.start >= from && t.start < to),
            from,
          ),
        ).toBe(shape(alone, 0));
      }
    }
  });

  it('give the same findings whether read for the first time or from the cache', () => {
    forgetReadings();
    const first = TEXTS.map((text) => {
      forgetReadings();
      return [findLimitingLanguage(text), needsSupport(text)];
    });
    // Warm: every text read before, in another order, with its neighbours in the cache.
    for (const text of [...TEXTS].reverse()) findLimitingLanguage(`${text} And more.`);
    expect(TEXTS.map((text) => [findLimitingLanguage(text), needsSupport(text)])).toEqual(first);
  });
});

describe('the phrase rules’ word tests', () => {
  it('hold wherever their rule matches: a rule is never skipped where it would find something', () => {
    const texts = [
      ...WRITTEN,
      ...DERIVED,
      ...HELD_OUT,
      ...REAL_FORMS,
      ...BLIND_HELD_OUT.heldOut2.texts,
    ]
      .map((s) => s.text)
      .concat(LONG_NEUTRAL);
    for (const { needs, pattern } of RULES) {
      for (const text of texts) {
        pattern.lastIndex = 0;
        if (!pattern.test(text)) continue;
        const lower = text.toLowerCase();
        expect(needs.every((group) => group.some((word) => lower.includes(word)))).toBe(true);
      }
    }
  });
});

describe('the safety net’s word tests', () => {
  it('hold wherever their phrase matches: asking them once for a whole text is exact', () => {
    const texts = [...WRITTEN, ...REAL_FORMS, ...BLIND_HELD_OUT.heldOut2.texts]
      .map((s) => s.text)
      .concat(
        [...SUPPORT_CASES, ...REAL_FORMS_SUPPORT, ...BLIND_HELD_OUT.heldOut2.support].map(
          (s) => s.text,
        ),
      );
    for (const { needs, pattern, lead } of RISK) {
      for (const text of texts) {
        pattern.lastIndex = 0;
        const match = pattern.exec(text);
        if (!match) continue;
        // A phrase found by its end is one only when its lead opens it ("I keep picturing …").
        if (lead && !lead.test(text.slice(0, match.index))) continue;
        expect(
          needs.every((word) => word.test(text)),
          text,
        ).toBe(true);
      }
    }
  });
});

describe('the safety net’s signs behind a word test', () => {
  it('hold one of the words in every match: a sign is never skipped where it would speak', () => {
    const { words, signs } = SIGNS_BEHIND_WORDS;
    const everywhere = new RegExp(signs.source, 'gi');
    const texts = [...WRITTEN, ...REAL_FORMS, ...BLIND_HELD_OUT.heldOut2.texts]
      .map((s) => s.text)
      .concat(
        [...SUPPORT_CASES, ...REAL_FORMS_SUPPORT, ...BLIND_HELD_OUT.heldOut2.support].map(
          (s) => s.text,
        ),
      );
    let matches = 0;
    for (const text of texts) {
      // As the signs read it: lower case, straight apostrophes.
      const lower = text.toLowerCase().replace(/[’ʼ‘`´]/g, "'");
      for (const match of lower.matchAll(everywhere)) {
        matches += 1;
        expect(words.test(match[0]), match[0]).toBe(true);
      }
    }
    // The corpus holds the signs: the test asks something.
    expect(matches).toBeGreaterThan(100);
  });
});

describe('Memo', () => {
  it('keeps what it was given until it is full, then starts again', () => {
    const memo = new Memo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    expect([memo.get('a'), memo.get('b')]).toEqual([1, 2]);
    memo.set('c', 3);
    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([undefined, undefined, 3]);
  });
});
