import type { Analysis, Clause, Token } from './nlp';

const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '-', '...', '…']);
const OPENERS = new Set([
  'and',
  'but',
  'or',
  'so',
  'because',
  'cause',
  'cuz',
  'coz',
  'if',
  'unless',
  'when',
  'whenever',
  'while',
  'although',
  'though',
  'since',
  'until',
  'till',
  'then',
  'yet',
  'whether',
  'after',
  'before',
  'once',
  'except',
  'plus',
  'anyway',
  'like',
]);
/** After "and"/"or", these continue a list ("funny or interesting", "food and rent"). */
const LISTED = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const SUBJECTS = new Set(['i', 'she', 'he', 'they', 'we', 'you']);
/** Tokens after which a subject pronoun does not start a clause ("that I", "to me", "do I"). */
const BINDS = new Set(['DET', 'ADP', 'AUX', 'PART', 'SCONJ', 'CCONJ', 'PRON', 'PUNCT', 'SYM']);
const BINDING_WORDS = new Set([
  'that',
  'everything',
  'nothing',
  'everyone',
  'everybody',
  'nobody',
  'anything',
  'something',
  'anyone',
  'someone',
  'all',
  'what',
  'who',
  'whatever',
  'time',
  'where',
  'how',
  'why',
  'think',
  'thought',
  'believe',
  'feel',
  'felt',
  'know',
  'guess',
  'suppose',
  'hope',
  'wish',
  'mean',
  'means',
  'meant',
  'realise',
  'realize',
  'realised',
  'realized',
  'worry',
  'fear',
  'doubt',
  'sure',
  'say',
  'says',
  'said',
  'tell',
  'told',
  'tells',
  'thinks',
  'believes',
  'feels',
  'knows',
  'keep',
  'telling',
  'thinking',
  'saying',
  'swear',
]);

/**
 * Clauses: a sentence is cut at clause marks (, ; : — quotes), at conjunctions and at a new
 * subject pronoun that follows a full word — so run-on text without full stops still falls into
 * clauses ("everything i try fails i've always been the one" → two clauses).
 */
export function splitClauses(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let opener = '';
  let juxtaposed = false;
  const close = (to: number) => {
    if (to > from) clauses.push({ from, to, sentence: tokens[from]!.sentence, opener, juxtaposed });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    if (previous && previous.sentence !== token.sentence) {
      close(i);
      from = i;
      opener = '';
      juxtaposed = false;
    }
    if (CLAUSE_MARKS.has(token.word) || (token.pos === 'PUNCT' && i > from)) {
      close(i);
      from = i + 1;
      opener = '';
      juxtaposed = false;
      continue;
    }
    if (
      i > from &&
      OPENERS.has(token.word) &&
      (token.pos === 'CCONJ' || token.pos === 'SCONJ' || token.word === 'then') &&
      !(token.pos === 'CCONJ' && LISTED.has(tokens[i + 1]?.pos ?? ''))
    ) {
      close(i);
      from = i;
      opener = token.word;
      juxtaposed = false;
      continue;
    }
    if (
      i > from &&
      previous &&
      SUBJECTS.has(token.word) &&
      token.pos === 'PRON' &&
      !BINDS.has(previous.pos) &&
      !BINDING_WORDS.has(previous.word) &&
      previous.start !== token.start
    ) {
      close(i);
      from = i;
      opener = '';
      juxtaposed = true;
    }
  }
  close(tokens.length);
  return clauses;
}

/** The clause holding the character at `offset`, or undefined. */
export function clauseAt(analysis: Analysis, offset: number): Clause | undefined {
  const { tokens, clauses } = analysis;
  let low = 0;
  let high = clauses.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const clause = clauses[middle]!;
    if (tokens[clause.to - 1]!.end <= offset) low = middle + 1;
    else if (tokens[clause.from]!.start > offset) high = middle - 1;
    else return clause;
  }
  return undefined;
}

/** The clause before `clause` in the same sentence, if any. */
export function previousClause(analysis: Analysis, clause: Clause): Clause | undefined {
  const index = analysis.clauses.indexOf(clause);
  const before = analysis.clauses[index - 1];
  return before && before.sentence === clause.sentence ? before : undefined;
}
