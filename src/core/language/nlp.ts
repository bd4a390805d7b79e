/**
 * The language processing under the limiting-language detector and the safety net: wink-nlp with
 * its English model (shipped inside the npm package, no download at run time) gives tokens,
 * sentence boundaries, part-of-speech tags and lemmas; this module turns them into
 * tokens with UTF-16 offsets into the original text and splits sentences into clauses.
 * Deterministic: the same text always gives the same tokens.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitClauses } from './clauses';
import { Lru, segment } from './segments';

type Wink = ReturnType<typeof winkNLP>;
let wink: { nlp: Wink; its: Wink['its']; lemma: Wink['its']['pos']; known: number } | null = null;

/**
 * The one wink-nlp instance and its helpers, made on first use: unpacking the model (a deep copy
 * of a 3 MB JSON and its lexicon) took a large part of every start-up and tens of MB that a
 * server which reads no text does not need (docs/performance.md). Later reads cost nothing more.
 */
export function winkNlp() {
  if (!wink) {
    // No negation pipe: no rule reads wink-nlp's negation flag (a tenth of a reading's cost).
    const nlp = winkNLP(model, ['sbd', 'pos']);
    // wink-nlp's types give `its.lemma` a model-addon signature that `out` does not accept.
    // wink-nlp numbers the words of the model's lexicon first and each unknown word it meets
    // next: read first, a made-up word gets the first number past the lexicon, so a word
    // numbered from `known` on is one the model does not know (a name, often).
    const [known] = nlp.readDoc('qxzjvqxzjv').tokens().out(nlp.its.uniqueId) as unknown as number[];
    wink = {
      nlp,
      its: nlp.its,
      lemma: nlp.its.lemma as unknown as Wink['its']['pos'],
      known: known!,
    };
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

/**
 * Contractions the model keeps whole: read as their parts, on the same span. A `Map`, as is
 * `LEMMA_FIX`: an object would answer a word such as "constructor" with one of its own properties.
 */
const SPLIT = new Map<string, readonly (readonly [string, string])[]>([
  [
    "i'm",
    [
      ['i', 'PRON'],
      ['am', 'AUX'],
    ],
  ],
  [
    'im',
    [
      ['i', 'PRON'],
      ['am', 'AUX'],
    ],
  ],
  [
    "i've",
    [
      ['i', 'PRON'],
      ['have', 'AUX'],
    ],
  ],
  [
    'ive',
    [
      ['i', 'PRON'],
      ['have', 'AUX'],
    ],
  ],
  [
    "i'll",
    [
      ['i', 'PRON'],
      ['will', 'AUX'],
    ],
  ],
  [
    "i'd",
    [
      ['i', 'PRON'],
      ['would', 'AUX'],
    ],
  ],
]);
const LEMMA_FIX = new Map([
  ['nt', 'not'],
  ["n't", 'not'],
  ['ca', 'can'],
  ['wo', 'will'],
]);

/** What wink-nlp read in one segment: tokens with offsets into the segment, sentences from 0. */
type Reading = { tokens: readonly Token[]; sentences: number };
/** Read segments by their text; about 1,000 sentences, a few hundred kB at most. */
const readings = new Lru<Reading>(1_024);
/**
 * Between two segments of a batch: a blank line ends any sentence, negation and part-of-speech
 * context, so each segment reads as it would alone (`segments.test.ts` checks it on the corpus;
 * full stops on lines of their own gave the same readings for 40 % more tokens).
 */
const SEPARATOR = '\n\n';

/** Forgets every reading (benchmarks measure a text read for the first time). */
export function forgetReadings(): void {
  readings.clear();
}

/**
 * Tokens, sentences and clauses of the segments of `text` (`segments.ts`) for which `wanted`
 * holds — all of them when it is left out. Segments that are not wanted give no tokens: a rule
 * looking there finds no clause. Deterministic: which segments were read before changes only the
 * time taken.
 */
export function analyse(
  text: string,
  wanted: (from: number, to: number) => boolean = () => true,
): Analysis {
  const chosen = segment(text).filter(({ from, to }) => wanted(from, to));
  const pieces = chosen.map(({ from, to }) => text.slice(from, to));
  const known = new Map<string, Reading>();
  const missing = new Set<string>();
  for (const piece of pieces) {
    const reading = known.has(piece) ? undefined : readings.get(piece);
    if (reading) known.set(piece, reading);
    else if (!known.has(piece)) missing.add(piece);
  }
  for (const [piece, reading] of readBatch([...missing])) known.set(piece, reading);
  const tokens: Token[] = [];
  let base = 0;
  chosen.forEach(({ from }, n) => {
    const reading = known.get(pieces[n]!)!;
    for (const { start, end, word, lemma, pos, sentence } of reading.tokens)
      tokens.push({
        start: start + from,
        end: end + from,
        word,
        lemma,
        pos,
        sentence: sentence + base,
      });
    base += reading.sentences;
  });
  const sentences: number[] = [];
  for (const token of tokens)
    if (sentences[token.sentence] === undefined) sentences[token.sentence] = token.start;
  return { text, tokens, clauses: splitClauses(tokens), sentences };
}

/** Reads `pieces` with one call to wink-nlp and keeps each one's reading in the cache. */
function readBatch(pieces: readonly string[]): Map<string, Reading> {
  const read = new Map<string, Reading>();
  if (pieces.length === 0) return read;
  const batch = pieces.join(SEPARATOR);
  const tokens = readTokens(batch);
  let at = 0;
  let piece = 0;
  let offset = 0;
  while (piece < pieces.length) {
    const text = pieces[piece]!;
    const end = offset + text.length;
    const own: Token[] = [];
    let sentence = -1;
    let last = -1;
    // The batch's tokens are fresh objects: each is moved into its segment, not copied.
    for (; at < tokens.length && tokens[at]!.start < end; at += 1) {
      const t = tokens[at]!;
      if (t.start < offset) continue;
      if (t.sentence !== last) {
        last = t.sentence;
        sentence += 1;
      }
      t.start -= offset;
      t.end -= offset;
      t.sentence = sentence;
      own.push(t);
    }
    const reading = { tokens: own, sentences: sentence + 1 };
    read.set(text, reading);
    readings.set(text, reading);
    offset = end + SEPARATOR.length;
    piece += 1;
  }
  return read;
}

/** The tokens wink-nlp reads in `text`, with offsets into it. */
function readTokens(text: string): Token[] {
  const { nlp, its, lemma: LEMMA } = winkNlp();
  const doc = nlp.readDoc(text);
  // One collection, each property read once for all tokens: reading item by item costs more.
  const items = doc.tokens();
  const words = items.out() as string[];
  const tags = items.out(its.pos) as string[];
  const contracted = items.out(its.contractionFlag) as unknown as boolean[];
  // A word's lemma depends on its letters and tag only, unless it is part of a contraction.
  const lemmaOf = new Map<string, string>();
  const sentenceOf = new Array<number>(words.length).fill(0);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  spans.forEach(([first, last], index) => sentenceOf.fill(index, first, last + 1));
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
    const parts = SPLIT.get(word);
    if (parts) {
      for (const [part, pos] of parts)
        tokens.push({ start, end, word: part, lemma: part, pos, sentence });
      continue;
    }
    const pos = tags[i] ?? 'X';
    // Only verbs keep their lemma ("said" → "say"); other words are matched as written. So only
    // verbs are lemmatised, one by one: lemmatising every token cost a third of the reading.
    let lemma = LEMMA_FIX.get(word);
    if (lemma === undefined && (pos === 'VERB' || pos === 'AUX')) {
      const key = contracted[i] ? undefined : `${raw} ${pos}`;
      lemma = key === undefined ? undefined : lemmaOf.get(key);
      if (lemma === undefined) {
        lemma = normal((items.itemAt(i).out(LEMMA) as string | undefined) ?? raw);
        if (key !== undefined) lemmaOf.set(key, lemma);
      }
    }
    lemma ??= word;
    tokens.push({ start, end, word, lemma, pos, sentence });
  }
  return tokens;
}
