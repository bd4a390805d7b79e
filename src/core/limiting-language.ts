/**
 * Limiting language: phrases in a person's own writing that voice powerlessness ("I can't"),
 * unworthiness ("I don't deserve") or overgeneralization ("I always fail"), so that Praxis can
 * invite them to examine the belief. Rule-based and pure; no clock, no I/O.
 *
 * What counts (the annotation guide of `limiting-language.fixtures.ts` in full); the rules are in
 * `limiting-language-rules.ts`, the reading of their context in `limiting-language-context.ts`:
 * - Self-talk only: the writer in the first person singular. "We", "you", "he always fails" are
 *   left alone, as is indirect speech attributed to someone else ("my manager says I can't").
 *   Impersonal global negatives ("nothing ever works") and universals about how others see the
 *   writer ("everyone thinks I'm…", "nobody listens to me") count as overgeneralization.
 * - Assertions only: questions that ask, conditionals ("if I can't…") and negated or disowned
 *   beliefs ("not that I can't", "I don't think I can't", "I used to think…") are left alone;
 *   rhetorical questions that presuppose the belief ("why do I always…", "who am I to…") count.
 * - Idioms ("I can't wait", "I can't believe how…", "I can't thank them enough") and practical
 *   facts ("I can't make Thursday", "I'm stuck in traffic") are not powerlessness; neither is an
 *   obligation ("I have to"): only an explicit absence of choice is ("I have no choice").
 * - Past-tense event reports ("I couldn't sleep") are left alone; "could" is never read as
 *   powerlessness.
 * - Quoted words: a quote the writer attributes to someone else ("she said 'I can't'") and a
 *   quoted phrase used as a name ("my 'I can't' story") are left alone; the writer's own quoted
 *   thoughts and unattributed quotes count.
 */
import {
  clauseStart,
  endsWithQuestion,
  findQuotes,
  insideIgnoredQuote,
  isDisownedOrReported,
  sentenceStart,
} from './limiting-language-context';
import { RULES } from './limiting-language-rules';

export const LIMITING_KINDS = ['powerlessness', 'unworthiness', 'overgeneralization'] as const;
export type LimitingKind = (typeof LIMITING_KINDS)[number];
export type Finding = { start: number; end: number; kind: LimitingKind; text: string };

/**
 * The limiting phrases in `text`, sorted by `start` and never overlapping; `start` and `end` are
 * UTF-16 offsets, so `text.slice(start, end) === finding.text`.
 *
 * A span runs from the first word of the phrase (its subject, or the quantifier of an impersonal
 * phrase) through the words that decide its kind, and leaves out what the belief is about:
 * "I can't | do this", "I don't deserve | this promotion", "I always fail | at presentations",
 * "I can't do anything right" (the last words make it overgeneralization), "Everyone thinks |
 * I'm a fraud" (two phrases: overgeneralization, then unworthiness).
 *
 * @example findLimitingLanguage('I can’t wait, but I don’t deserve this.')
 * // → [{ start: 18, end: 33, kind: 'unworthiness', text: 'I don’t deserve' }]
 */
export function findLimitingLanguage(text: string): Finding[] {
  const quotes = findQuotes(text);
  const candidates: Finding[] = [];
  for (const { kind, pattern, unless, rhetorical, needsBefore } of RULES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (unless?.test(text.slice(end, end + 80))) continue;
      if (needsBefore && !needsBefore.test(text.slice(sentenceStart(text, start), start))) continue;
      if (!rhetorical && endsWithQuestion(text, end)) continue;
      const clause = text.slice(clauseStart(text, start), start);
      if (isDisownedOrReported(clause)) continue;
      if (insideIgnoredQuote(quotes, start, end)) continue;
      candidates.push({ start, end, kind, text: match[0] });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  for (const candidate of candidates) {
    const last = findings.at(-1);
    if (!last || candidate.start >= last.end) findings.push(candidate);
  }
  return findings;
}
