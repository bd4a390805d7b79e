import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseArgs } from 'node:util';
import { analyse, forgetReadings } from '../src/core/language/nlp';
import { segment } from '../src/core/language/segments';
import { needsSupport } from '../src/core/language/support';
import { findLimitingLanguage } from '../src/core/limiting-language';
import { languageTexts } from './runner/language';

/**
 * `npx tsx bench/language-phases.ts [--every 1] [--rounds 30]`: where a first read of the bench's
 * texts (bench/runner/language.ts; `--every 4` for the journal texts) goes, in CPU µs a text.
 * Each phase runs over the 64 texts once a round, the phases in turn, so that the machine's load
 * falls on all of them alike; the minimum and the median of the rounds are printed. wink-nlp
 * reads the batch `analyse` gives it (the text's segments behind blank lines) with each of its
 * pipes added in turn; the other lines are differences between cumulative phases.
 */
const { values } = parseArgs({
  options: {
    every: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '30' },
  },
});
const texts = languageTexts(Number(values.every));
// Every segment, as a dense text's are all read (98 % of them hold a candidate).
const batches = texts.map((text) =>
  segment(text)
    .map(({ from, to }) => text.slice(from, to))
    .join('\n\n'),
);
const readers = {
  tokens: winkNLP(model, []),
  sbd: winkNLP(model, ['sbd']),
  pos: winkNLP(model, ['sbd', 'pos']),
};

const phases: [string, (n: number) => void][] = [
  ['wink-nlp: tokenizer', (n) => readers.tokens.readDoc(batches[n]!)],
  ['wink-nlp: + sentences', (n) => readers.sbd.readDoc(batches[n]!)],
  ['wink-nlp: + part of speech', (n) => readers.pos.readDoc(batches[n]!)],
  ['analyse (every segment)', (n) => (forgetReadings(), analyse(texts[n]!))],
  ['findLimitingLanguage', (n) => (forgetReadings(), findLimitingLanguage(texts[n]!))],
  [
    'findLimitingLanguage, needsSupport',
    (n) => (forgetReadings(), findLimitingLanguage(texts[n]!), needsSupport(texts[n]!)),
  ],
];
const spent = phases.map((): number[] => []);
for (let round = -3; round < Number(values.rounds); round += 1) {
  phases.forEach(([, work], p) => {
    const cpu = process.cpuUsage();
    for (let n = 0; n < texts.length; n += 1) work(n);
    const used = process.cpuUsage(cpu);
    if (round >= 0) spent[p]!.push((used.user + used.system) / texts.length);
  });
}
const rows = spent.map((list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[sorted.length >> 1]! };
});
const line = (name: string, min: number, median: number) =>
  console.log(
    `${name.padEnd(44)} ${Math.round(min).toString().padStart(5)} ${Math.round(median).toString().padStart(7)}`,
  );
console.log(`${'CPU µs a text'.padEnd(44)}   min  median`);
phases.forEach(([name], p) => line(name, rows[p]!.min, rows[p]!.median));
const diff = (name: string, a: number, b: number) =>
  line(name, rows[a]!.min - rows[b]!.min, rows[a]!.median - rows[b]!.median);
diff('  our reading (analyse − wink-nlp)', 3, 2);
diff('  rules, quotes, checks (find − analyse)', 4, 3);
diff('  safety net (needsSupport after find)', 5, 4);
