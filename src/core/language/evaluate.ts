/**
 * Precision, recall and F1 of the limiting-language detector per kind, and the report of them
 * (`npm run language:report` writes it to `docs/limiting-language.md`).
 */
import { findLimitingLanguage, LIMITING_KINDS, type LimitingKind } from '../limiting-language';
import type { LabelledSentence } from '../limiting-language.fixtures';
import { needsSupport, rulesSpeakOfRisk } from './support';
import { readerSpeaksOfRisk } from './support-reader';

type Counts = { tp: number; fp: number; fn: number };
export type Score = { precision: number; recall: number; f1: number; support: number };
export type Evaluation = {
  perKind: Record<LimitingKind, Score>;
  overall: Score;
  disagreements: string[];
};

const score = ({ tp, fp, fn }: Counts): Score => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
};

/** Scores over (sentence, kind) pairs: per kind and micro-averaged. */
export function evaluate(corpus: readonly LabelledSentence[]): Evaluation {
  const counts = Object.fromEntries(
    LIMITING_KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }]),
  ) as Record<LimitingKind, Counts>;
  const disagreements: string[] = [];
  for (const { text, kinds } of corpus) {
    const expected = new Set(kinds);
    const found = new Set(findLimitingLanguage(text).map((f) => f.kind));
    for (const kind of LIMITING_KINDS) {
      if (found.has(kind) && expected.has(kind)) counts[kind].tp += 1;
      else if (found.has(kind)) counts[kind].fp += 1;
      else if (expected.has(kind)) counts[kind].fn += 1;
    }
    const same = expected.size === found.size && [...expected].every((k) => found.has(k));
    if (!same) disagreements.push(`${JSON.stringify(text)}: [${kinds}] → [${[...found]}]`);
  }
  const total = LIMITING_KINDS.reduce(
    (sum, kind) => ({
      tp: sum.tp + counts[kind].tp,
      fp: sum.fp + counts[kind].fp,
      fn: sum.fn + counts[kind].fn,
    }),
    { tp: 0, fp: 0, fn: 0 },
  );
  const perKind = Object.fromEntries(
    LIMITING_KINDS.map((kind) => [kind, score(counts[kind])]),
  ) as Record<LimitingKind, Score>;
  return { perKind, overall: score(total), disagreements };
}

/** The share of `texts` in which the detector finds anything at all. */
export function falseAlarmRate(texts: readonly string[]): number {
  if (texts.length === 0) return 0;
  return texts.filter((t) => findLimitingLanguage(t).length > 0).length / texts.length;
}

/** The safety net's readings, for figures of each alone. */
const READINGS = {
  rules: rulesSpeakOfRisk,
  reader: (text: string) => readerSpeaksOfRisk(text),
  either: needsSupport,
};

/** Recall on first-person risk and false alarms on the rest, for the safety net. */
export function evaluateSupport(
  cases: readonly { text: string; support: boolean }[],
  reading: keyof typeof READINGS = 'either',
) {
  const read = READINGS[reading];
  const risk = cases.filter((c) => c.support);
  const calm = cases.filter((c) => !c.support);
  const missed = risk.filter((c) => !read(c.text)).map((c) => c.text);
  const alarms = calm.filter((c) => read(c.text)).map((c) => c.text);
  return {
    recall: risk.length ? (risk.length - missed.length) / risk.length : 1,
    falseAlarms: alarms.length,
    risk: risk.length,
    calm: calm.length,
    missed,
    alarms,
  };
}

const f = (n: number) => n.toFixed(3);

/** A Markdown table of an evaluation. */
export function table(title: string, size: number, { perKind, overall }: Evaluation): string {
  const row = (name: string, s: Score) =>
    `| ${name} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${s.support} |`;
  return [
    `### ${title} (${size} texts)`,
    '',
    '| kind | precision | recall | F1 | support |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...LIMITING_KINDS.map((kind) => row(kind, perKind[kind])),
    row('overall (micro)', overall),
  ].join('\n');
}
