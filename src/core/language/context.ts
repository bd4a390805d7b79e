/**
 * Whether a phrase is the writer's own belief, read by clause: not asked, not supposed ("if I
 * can't…"), not disowned ("I used to think…"), not someone else's words — quoted or reported
 * after any verb of saying ("she responded, 'I can't…'"). The clause comes from the language
 * processing, so text without full stops keeps its scope.
 */
import {
  endsWithQuestion,
  insideIgnoredQuote,
  isDisownedOrReported,
  type Quote,
} from '../limiting-language-context';
import { clauseAt, previousClause } from './clauses';
import type { Analysis, Clause, Token } from './nlp';
import { SPEECH } from './words';

const OTHERS = new Set([
  'he',
  'she',
  'they',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'people',
]);

/**
 * Words before a noun that make it a person who can speak ("my coach", "the skipper"); after a
 * preposition it is a place or a group ("everyone at the depot thinks").
 */
const OWNERS = new Set(['my', 'the', 'our', 'his', 'her', 'their', 'your']);

/** Whether tokens `from…to` hold someone other than the writer and a verb of saying after it. */
function othersSpeech(tokens: readonly Token[], from: number, to: number): boolean {
  let speaker = false;
  for (let i = from; i < to; i += 1) {
    const token = tokens[i]!;
    if (token.word === 'i' || token.word === 'myself') speaker = false;
    else if (
      OTHERS.has(token.word) ||
      token.pos === 'PROPN' ||
      (token.pos === 'NOUN' &&
        OWNERS.has(tokens[i - 1]?.word ?? '') &&
        tokens[i - 2]?.pos !== 'ADP')
    )
      speaker = true;
    else if (speaker && SPEECH.has(token.lemma) && (token.pos === 'VERB' || token.pos === 'AUX'))
      return true;
  }
  return false;
}

/** The text of the clause from its start to `offset`, with the clause it continues if reported. */
function leadOf(analysis: Analysis, clause: Clause, offset: number): string {
  return analysis.text.slice(analysis.tokens[clause.from]!.start, offset);
}

/**
 * Whether the phrase at `start…end` is the writer's own assertion. `rhetorical` phrases count as
 * questions too; `needsBefore` must match the sentence before the phrase.
 */
export function isOwnBelief(
  analysis: Analysis,
  quotes: readonly Quote[],
  start: number,
  end: number,
  options: { rhetorical?: boolean; needsBefore?: RegExp } = {},
): boolean {
  const { text, tokens, sentences } = analysis;
  const clause = clauseAt(analysis, start);
  if (!clause) return false;
  if (!options.rhetorical && endsWithQuestion(text, end)) return false;
  if (options.needsBefore) {
    const sentenceStart = sentences[clause.sentence] ?? 0;
    if (!options.needsBefore.test(text.slice(sentenceStart, start))) return false;
  }
  if (isDisownedOrReported(leadOf(analysis, clause, start))) return false;
  if (insideIgnoredQuote(quotes, start, end)) return false;
  const before = previousClause(analysis, clause);
  if (before) {
    const tail = Math.max(before.from, before.to - 6);
    // "she responded i can't…", "she responded, 'I can't…'": the words of the one who spoke.
    const quoted = quotes.some(
      (q) => q.start < start && end <= q.end && q.start >= tokens[before.to - 1]!.end - 2,
    );
    if ((clause.juxtaposed || quoted) && othersSpeech(tokens, tail, before.to)) return false;
    if (
      clause.juxtaposed &&
      isDisownedOrReported(leadOf(analysis, before, tokens[before.to - 1]!.end)) &&
      /\b(?:think|believe|thought|used to|convinced|certain|adamant)\s*$/i.test(
        text.slice(tokens[before.from]!.start, tokens[before.to - 1]!.end),
      )
    )
      return false;
  }
  return true;
}
