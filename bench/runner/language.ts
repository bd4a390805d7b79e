import { WRITTEN } from '../../src/core/language/corpus';
import { forgetReadings } from '../../src/core/language/nlp';
import { needsSupport } from '../../src/core/language/support';
import { findLimitingLanguage } from '../../src/core/limiting-language';
import type { Result } from './cases';

/** Issue 13: texts of 1,000 characters a second, what the reflection editor asks as one types. */
const BUDGET = 2_000;
const SIZE = 1_000;

const limiting = WRITTEN.filter((s) => s.kinds.length > 0).map((s) => s.text);
const neutral = WRITTEN.filter((s) => s.kinds.length === 0).map((s) => s.text);

/** 64 texts of 1,000 characters, one sentence in `every` taken from the limiting ones. */
export function languageTexts(every: number): string[] {
  return Array.from({ length: 64 }, (_, n) => {
    let text = '';
    for (let i = n * 7; text.length < SIZE; i += 1) {
      const from = i % every === 0 ? limiting : neutral;
      text += `${from[(i * 13) % from.length]} `;
    }
    return text.slice(0, SIZE);
  });
}

/** What the editor asks of one text: its findings and whether to show help. */
function ask(text: string) {
  findLimitingLanguage(text);
  needsSupport(text);
}

/**
 * The detector runs in a server that has read texts before: V8 compiles and optimizes its
 * functions on background threads (counted by `process.cpuUsage`) during the first second or so
 * of work. Every case's work runs in turn for `seconds` before any is measured, so the figures are
 * the warm rate, not the warm-up (docs/performance.md, the fifth and sixth passes).
 */
const WARM_UP_SECONDS = 2;

function warmUp(works: ((n: number) => void)[], seconds: number) {
  const began = performance.now();
  for (let n = 0; performance.now() - began < seconds * 1_000; n += 1) {
    for (const work of works) work(n);
  }
}

/** Texts per second by the wall clock and per CPU second of this process over `seconds`. */
function measure(work: (n: number) => void, seconds: number) {
  for (let n = 0; n < 64; n += 1) work(n);
  const cpu = process.cpuUsage();
  const began = performance.now();
  let n = 0;
  while (performance.now() - began < seconds * 1_000) work(n++);
  const wall = (performance.now() - began) / 1_000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    texts: n,
    perSecond: n / wall,
    perCpuSecond: n / cpuSeconds,
    msPerText: (wall * 1_000) / n,
  };
}

/**
 * Case 13 (language): `findLimitingLanguage` and `needsSupport` on texts of 1,000 characters.
 * "First read" forgets every reading of a text before each text (the verb-lemma memo, a bounded
 * vocabulary like wink-nlp's lexicon, stays warm as in a server); "as one types" sends the same
 * text with its end changing, as the editor does. Dense text is the labelled corpus as it comes (most
 * sentences limiting); journal text has one limiting sentence in four.
 */
export function languageCases(seconds = 3, warmUpSeconds = WARM_UP_SECONDS): Result[] {
  const dense = languageTexts(1);
  const journal = languageTexts(4);
  const cases: [string, (n: number) => void][] = [
    ['13 language, first read, dense', (n) => (forgetReadings(), ask(dense[n % 64]!))],
    ['13 language, first read, journal', (n) => (forgetReadings(), ask(journal[n % 64]!))],
    // The end changes as one types: cut at a point that moves back and forth.
    [
      '13 language, as one types, dense',
      (n) => ask(dense[(n >> 5) % 64]!.slice(0, SIZE - (n % 32))),
    ],
  ];
  warmUp(
    cases.map(([, work]) => work),
    warmUpSeconds,
  );
  return cases.map(([name, work]) => {
    const run = measure(work, seconds);
    console.warn(
      `${name}: ${Math.round(run.perSecond)} texts/s by the wall clock, ${Math.round(run.perCpuSecond)} texts per CPU second (budget ≥ ${BUDGET})`,
    );
    return {
      case: name,
      database: '-',
      medianMs: run.msPerText,
      p95Ms: null,
      p99Ms: null,
      ratio: run.perCpuSecond / BUDGET,
      budget: `≥ ${BUDGET} texts/CPU-s (ratio)`,
      pass: run.perCpuSecond >= BUDGET,
      figures: {
        texts: run.texts,
        textsPerSecond: run.perSecond,
        textsPerCpuSecond: run.perCpuSecond,
      },
    };
  });
}
