import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  DERIVED,
  HELD_OUT,
  LONG_NEUTRAL,
  SUPPORT_CASES,
  WRITTEN,
} from '../src/core/language/corpus';
import { forgetReadings } from '../src/core/language/nlp';
import { needsSupport } from '../src/core/language/support';
import { findLimitingLanguage } from '../src/core/limiting-language';

/**
 * `npx tsx bench/language-answers.ts --out answers.txt [--mixes 8000]`: the detector's and the
 * safety net's answers, one JSON line a text, for the corpus, the safety net's cases and seeded
 * mixes of them. A change meant to make reading faster must leave the file byte-identical
 * (`cmp`). Each text is read twice: first read (readings forgotten) and again from the cache.
 */
const { values } = parseArgs({
  options: { out: { type: 'string' }, mixes: { type: 'string', default: '8000' } },
});

const sentences = [
  ...WRITTEN.map((s) => s.text),
  ...DERIVED.map((s) => s.text),
  ...HELD_OUT.map((s) => s.text),
  ...SUPPORT_CASES.map((s) => s.text),
];

/** mulberry32: a small seeded generator, so that the mixes are the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', '. ', ', and ', ' — '];
/** Texts of 1 to 14 sentences, joined and sometimes lower case or with typographic apostrophes. */
function mixes(count: number): string[] {
  const random = generator(13);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 14) }, () => pick(sentences));
    let text = parts.map((part, n) => (n === 0 ? part : pick(SEPARATORS) + part)).join('');
    const change = random();
    if (change < 0.15) text = text.toLowerCase();
    else if (change < 0.3) text = text.replace(/'/g, '’');
    else if (change < 0.35) text = text.slice(0, Math.floor(random() * text.length));
    return text;
  });
}

const texts = [...sentences, ...LONG_NEUTRAL, ...mixes(Number(values.mixes))];
const lines: string[] = [];
for (const text of texts) {
  forgetReadings();
  const first = JSON.stringify([findLimitingLanguage(text), needsSupport(text)]);
  const again = JSON.stringify([findLimitingLanguage(text), needsSupport(text)]);
  lines.push(first === again ? first : `${first} CACHE DIFFERS ${again}`);
}
const out = `${lines.join('\n')}\n`;
if (values.out) writeFileSync(values.out, out);
console.warn(
  `${texts.length} texts, ${lines.filter((l) => l !== '[[],false]').length} with an answer`,
);
