/**
 * The language processing under the limiting-language detector and the safety net: wink-nlp with
 * its English model (shipped inside the npm package, no download at run time) gives tokens,
 * sentence boundaries, part-of-speech tags, lemmas and negation; this module turns them into
 * tokens with UTF-16 offsets into the original text and splits sentences into clauses.
 * Deterministic: the same text always gives the same tokens.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let wink: { nlp: Wink; its: Wink['its']; lemma: Wink['its']['pos'] } | null = null;

/**
 * The one wink-nlp instance and its helpers, made on first use: unpacking the model (a deep copy
 * of a 3 MB JSON and its lexicon) took a large part of every start-up and tens of MB that a
 * server which reads no text does not need (docs/performance.md). Later reads cost nothing more.
 */
export function winkNlp() {
  if (!wink) {
    const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
    // wink-nlp's types give `its.lemma` a model-addon signature that `out` does not accept.
    wink = { nlp, its: nlp.its, lemma: nlp.its.lemma as unknown as Wink['its']['pos'] };
  }
  return wink;
}

export type Token = {
  start: number;
  end: number;
  /** Lower case, typographic apostrophes made straight. */
  word: string;
  /** The lemma, lower case ("ca" → "can", "n't" → "not", "said" → "say"). */
  lemma: string;
  /** Universal part-of-speech tag (PRON, VERB, AUX, ADJ, …). */
  pos: string;
  /** Whether wink-nlp reads the token as under a negation. */
  negated: boolean;
  sentence: number;
};

export type Clause = {
  /** Index of the clause's first token and one past its last. */
  from: number;
  to: number;
  sentence: number;
  /** The word that opened the clause ("if", "because", "and") or '' at a pronoun or a mark. */
  opener: string;
  /** Whether the clause was split off only by a new subject, with no word or mark between. */
  juxtaposed: boolean;
};

export type Analysis = { text: string; tokens: Token[]; clauses: Clause[]; sentences: number[] };

const APOSTROPHES = /[’ʼ‘`´]/g;
export const normal = (s: string) => s.toLowerCase().replace(APOSTROPHES, "'");

/** Contractions the model keeps whole: read as their parts, on the same span. */
const SPLIT: Record<string, [string, string][]> = {
  "i'm": [
    ['i', 'PRON'],
    ['am', 'AUX'],
  ],
  im: [
    ['i', 'PRON'],
    ['am', 'AUX'],
  ],
  "i've": [
    ['i', 'PRON'],
    ['have', 'AUX'],
  ],
  ive: [
    ['i', 'PRON'],
    ['have', 'AUX'],
  ],
  "i'll": [
    ['i', 'PRON'],
    ['will', 'AUX'],
  ],
  "i'd": [
    ['i', 'PRON'],
    ['would', 'AUX'],
  ],
};
const LEMMA_FIX: Record<string, string> = { nt: 'not', "n't": 'not', ca: 'can', wo: 'will' };

let last: Analysis | undefined;

/**
 * Tokens, sentences and clauses of `text`. The last answer is kept: the detector and the safety
 * net read the same text one after the other. (A cache of one, so still deterministic.)
 */
export function analyse(text: string): Analysis {
  if (last?.text === text) return last;
  last = read(text);
  return last;
}

function read(text: string): Analysis {
  const { nlp, its, lemma: LEMMA } = winkNlp();
  const doc = nlp.readDoc(text);
  // One collection, each property read once for all tokens: reading item by item costs more.
  const items = doc.tokens();
  const words = items.out() as string[];
  const tags = items.out(its.pos) as string[];
  const lemmas = items.out(LEMMA) as string[];
  const negations = items.out(its.negationFlag) as unknown as boolean[];
  const sentenceOf = new Array<number>(words.length).fill(0);
  doc.sentences().each((sentence, index) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    sentenceOf.fill(index, first, last + 1);
  });
  const lower = normal(text);
  const sameLength = lower.length === text.length;
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i += 1) {
    const raw = words[i]!;
    const start = text.startsWith(raw, cursor) ? cursor : text.indexOf(raw, cursor);
    if (start < 0) continue;
    const end = start + raw.length;
    cursor = end;
    const word = sameLength ? lower.slice(start, end) : normal(raw);
    const sentence = sentenceOf[i]!;
    const negated = negations[i] === true;
    const parts = SPLIT[word];
    if (parts) {
      for (const [part, pos] of parts) {
        tokens.push({ start, end, word: part, lemma: part, pos, negated, sentence });
      }
      continue;
    }
    const pos = tags[i] ?? 'X';
    // Only verbs keep their lemma ("said" → "say"); other words are matched as written.
    const lemma =
      LEMMA_FIX[word] ?? (pos === 'VERB' || pos === 'AUX' ? normal(lemmas[i] ?? raw) : word);
    tokens.push({ start, end, word, lemma, pos, negated, sentence });
  }
  const clauses = splitClauses(tokens);
  const sentences: number[] = [];
  for (const token of tokens)
    if (sentences[token.sentence] === undefined) sentences[token.sentence] = token.start;
  return { text, tokens, clauses, sentences };
}

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
function splitClauses(tokens: readonly Token[]): Clause[] {
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
