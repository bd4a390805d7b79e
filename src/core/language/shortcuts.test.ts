import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Finding, findLimitingLanguage, WHY } from '../limiting-language';
import { findQuotes } from '../limiting-language-context';
import { RULES } from '../limiting-language-rules';
import { isOwnBelief } from './context';
import { DERIVED, HELD_OUT, LONG_NEUTRAL, SUPPORT_CASES, WRITTEN } from './corpus';
import { analyse, forgetReadings, normal } from './nlp';
import { segment } from './segments';
import { isPracticalLimit } from './practical';
import { needsSupport } from './support';
import { type Candidate, TOKEN_RULES } from './token-rules';
import { matchAt } from './token-patterns';

/**
 * The detector as it was before its shortcuts (docs/performance.md, "Limiting language"): each
 * segment read with the segments beside it as context, every token rule tried at every token,
 * every candidate checked, then the earliest and longest kept. The shortcuts (rules looked up by
 * their first word, candidates inside a kept finding never checked, lemmas, segments and their
 * findings remembered, the text scanned once for all segments) must change the time taken only.
 */
function unhurried(text: string): Finding[] {
  if (!/\p{L}/u.test(text)) return [];
  const parts = segment(text);
  const findings: Finding[] = [];
  parts.forEach(({ from, to }, n) => {
    const first = parts[n - 1]?.from ?? from;
    const last = parts[n + 1]?.to ?? to;
    for (const f of unhurriedIn(text.slice(first, last), from - first, to - first)) {
      const start = f.start + from;
      if (start < (findings.at(-1)?.end ?? 0)) continue;
      findings.push({ ...f, start, end: f.end + from });
    }
  });
  return findings;
}

/** The findings that start in `from…to` of `text`, the rest of it context. */
function unhurriedIn(text: string, from: number, to: number): Finding[] {
  const lower = normal(text);
  const proposed: (Candidate & { options: object })[] = [];
  for (const { kind, needs, pattern, unless, rhetorical, needsBefore } of RULES) {
    if (!needs.every((group) => group.some((word) => lower.includes(word)))) continue;
    // Scanned from the segment's start: what is before it is only looked back at.
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const end = match.index + match[0].length;
      if (match.index >= to) continue;
      if (unless?.test(text.slice(end, end + 80))) continue;
      proposed.push({
        start: match.index,
        end,
        kind,
        why: WHY[kind],
        options: { rhetorical, needsBefore },
      });
    }
  }
  const analysis = analyse(text, (at, upTo) => upTo > from && at < to);
  const { tokens, clauses } = analysis;
  const tokenFound: Candidate[] = [];
  for (const clause of clauses)
    for (let i = clause.from; i < clause.to; i += 1)
      for (const rule of TOKEN_RULES) {
        if (!rule.steps[0]!.test(tokens[i]!)) continue;
        let end = matchAt(tokens, i, clause.to, rule.steps);
        if (end < 0) continue;
        const held = rule.holds?.(tokens, end, clause.to);
        if (held === false || held === -1) continue;
        if (typeof held === 'number' && held > end) end = held;
        tokenFound.push({
          start: tokens[i]!.start,
          end: tokens[end - 1]!.end,
          kind: rule.kind,
          why: rule.why,
        });
      }
  const quotes = findQuotes(text);
  const kept = [...proposed, ...tokenFound.map((c) => ({ ...c, options: {} }))]
    .filter(({ start, end, kind, options }) => {
      if (start < from || start >= to) return false;
      if (!isOwnBelief(analysis, quotes, start, end, options)) return false;
      return kind !== 'powerlessness' || !isPracticalLimit(analysis, start, end);
    })
    .map(({ start, end, kind, why }) => ({
      start: start - from,
      end: end - from,
      kind,
      text: text.slice(start, end),
      why,
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  for (const finding of kept) {
    const last = findings.at(-1);
    if (!last || finding.start >= last.end) findings.push(finding);
  }
  return findings;
}

const corpus = [...WRITTEN, ...DERIVED, ...HELD_OUT]
  .map((s) => s.text)
  .concat(
    LONG_NEUTRAL,
    SUPPORT_CASES.map((s) => s.text),
  );
/** Texts made of corpus fragments: whole sentences, halves and runs of words, joined loosely. */
const fragment = fc
  .tuple(fc.constantFrom(...corpus), fc.nat(), fc.nat(), fc.nat(3))
  .map(([s, a, b, how]) => {
    if (how === 0) return s;
    if (how === 1) return s.slice(0, a % (s.length + 1));
    if (how === 2) return s.slice(a % (s.length + 1));
    const words = s.split(' ');
    return words.slice(a % 5, (a % 5) + 3 + (b % 12)).join(' ');
  });
const texts = fc
  .tuple(
    fc.array(
      fc.tuple(
        fragment,
        fc.constantFrom(' ', '. ', ', ', '\n', '\n\n', ' and ', '? ', '', ' "', '" '),
      ),
      {
        minLength: 1,
        maxLength: 10,
      },
    ),
    fc.boolean(),
    fc.constantFrom('', '’', 'ʼ', '‘'),
  )
  .map(([parts, lower, apostrophe]) => {
    const joined = parts.map(([piece, gap]) => piece + gap).join('');
    // Typographic apostrophes: the phrase rules scan them as "'" (`forScanning`).
    const text = apostrophe ? joined.replaceAll("'", apostrophe) : joined;
    return lower ? text.toLowerCase() : text;
  });

describe('the detector’s shortcuts', () => {
  it('scan typographic apostrophes as straight ones: every phrase pattern has them only in its apostrophe class', () => {
    for (const { pattern, unless, needsBefore } of RULES)
      for (const source of [pattern, unless, needsBefore].flatMap((p) => (p ? [p.source] : []))) {
        const outside = source.split("['’ʼ‘`´]").join('');
        expect(outside, source).not.toMatch(/['’ʼ‘]|\\[ux]|\\p/);
        expect(outside, source).not.toMatch(/[^\x20-\x7e]/);
      }
  });

  it('find what the unhurried detector finds on the whole corpus', () => {
    for (const text of corpus) {
      forgetReadings();
      expect(findLimitingLanguage(text), text).toEqual(unhurried(text));
    }
  });

  it('find what the unhurried detector finds, and the same support, on texts of corpus fragments', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, cold) => {
        if (cold) forgetReadings();
        const found = findLimitingLanguage(text);
        const support = needsSupport(text);
        forgetReadings();
        expect(found).toEqual(unhurried(text));
        expect(needsSupport(text)).toBe(support);
      }),
      { numRuns: 300 },
    );
  });
});
