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
import { Memo, type Segment, segment } from './segments';

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
/** Every key is at most three characters long (`readBatch` asks only such words). */
const LEMMA_FIX = new Map([
  ['nt', 'not'],
  ["n't", 'not'],
  ['ca', 'can'],
  ['wo', 'will'],
]);

/**
 * What wink-nlp read in one segment, column by column (offsets into the segment, sentences from
 * 0): `analyse` makes each token object once, with its offsets in the text, instead of one object
 * here and a copy there.
 */
type Reading = {
  starts: number[];
  ends: number[];
  words: string[];
  lemmas: string[];
  tags: string[];
  sentenceOf: number[];
  sentences: number;
  /**
   * Its tokens as `analyse` last placed them (`at`: the segment's offset in the text, `base`: its
   * first sentence's number): as one types, the segments before the last stay where they were,
   * and their tokens are reused instead of made again. Tokens are never changed once made.
   */
  placed?: { at: number; base: number; tokens: readonly Token[] };
};
const emptyReading = (): Reading => ({
  starts: [],
  ends: [],
  words: [],
  lemmas: [],
  tags: [],
  sentenceOf: [],
  sentences: 0,
});
/**
 * Read segments by their text; about 1,000 sentences, a few hundred kB at most. A `Memo`: read
 * on every call for every segment, filled only by new text.
 */
const readings = new Memo<Reading>(1_024);
/**
 * Between two segments of a batch: a blank line ends any sentence, negation and part-of-speech
 * context, so each segment reads as it would alone (`segments.test.ts` checks it on the corpus;
 * full stops on lines of their own gave the same readings for 40 % more tokens).
 */
const SEPARATOR = '\n\n';

/**
 * Verb lemmas by tag, then by the word as written: a word's lemma depends on its letters and tag
 * only, unless it is part of a contraction (never kept here). Asking wink-nlp for one lemma makes
 * an item object and runs its lemmatiser, a tenth of a reading; the same verbs come back in every
 * text. Bounded: emptied when it holds `LEMMA_LIMIT` words.
 */
const lemmas = new Map<string, Map<string, string>>();
let lemmaCount = 0;
const LEMMA_LIMIT = 20_000;

/**
 * What a word as wink-nlp gives it (`raw`) reads as: lower case with straight apostrophes, and
 * the parts of a contraction kept whole ("i'm") or the lemma of a short word ("ca" → "can").
 * Making the word again for every token (a new string, then two lookups by it) was a sixth of
 * our reading; wink-nlp gives the same string for the same word, so one lookup finds it all.
 * Bounded like the verb lemmas. Words with "Σ" are left out: its lower case depends on the
 * letters around it, so such a word is lowered where it stands.
 */
type Spelling = {
  word: string;
  parts: readonly (readonly [string, string])[] | undefined;
  fix: string | undefined;
};
const spellings = new Map<string, Spelling>();

function spelling(raw: string, word: string): Spelling {
  const known = spellings.get(raw);
  if (known) return known;
  const spelt = {
    word,
    parts: word.charCodeAt(0) === 105 ? SPLIT.get(word) : undefined,
    fix: word.length <= 3 ? LEMMA_FIX.get(word) : undefined,
  };
  if (!raw.includes('Σ')) {
    if (spellings.size >= LEMMA_LIMIT) spellings.clear();
    spellings.set(raw, spelt);
  }
  return spelt;
}

/**
 * Forgets every reading of a text (benchmarks measure a text read for the first time). Keeps the
 * bounded verb-lemma and spelling memos: they are a vocabulary, like wink-nlp's own lexicon, not
 * a reading of any text — a word's spelling and a verb's lemma depend only on how it is written
 * (and its tag), and a server keeps them warm across texts.
 */
export function forgetReadings(): void {
  readings.clear();
  for (const memo of sentenceMemos) memo.clear();
}

/**
 * Verdicts kept by sentence elsewhere (the safety net's): a text typed on changes only its last
 * sentences, so the others are not read again. `forgetReadings` empties them too.
 */
export const sentenceMemos = new Set<{ clear(): void }>();

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
  const chosen: Segment[] = [];
  const pieces: string[] = [];
  const found: (Reading | undefined)[] = [];
  const missing = new Set<string>();
  for (const part of segment(text)) {
    if (!wanted(part.from, part.to)) continue;
    const piece = text.slice(part.from, part.to);
    const reading = readings.get(piece);
    chosen.push(part);
    pieces.push(piece);
    found.push(reading);
    if (!reading) missing.add(piece);
  }
  const read = missing.size > 0 ? readBatch([...missing]) : undefined;
  const tokens: Token[] = [];
  const sentences: number[] = [];
  let base = 0;
  for (let n = 0; n < chosen.length; n += 1) {
    const reading = found[n] ?? read!.get(pieces[n]!)!;
    const from = chosen[n]!.from;
    const { placed } = reading;
    if (placed && placed.at === from && placed.base === base) {
      for (const token of placed.tokens) {
        if (sentences[token.sentence] === undefined) sentences[token.sentence] = token.start;
        tokens.push(token);
      }
    } else {
      const { starts, ends, words, lemmas, tags, sentenceOf } = reading;
      const own: Token[] = [];
      for (let i = 0; i < starts.length; i += 1) {
        const at = sentenceOf[i]! + base;
        const start = starts[i]! + from;
        if (sentences[at] === undefined) sentences[at] = start;
        own.push({
          start,
          end: ends[i]! + from,
          word: words[i]!,
          lemma: lemmas[i]!,
          pos: tags[i]!,
          sentence: at,
        });
      }
      reading.placed = { at: from, base, tokens: own };
      for (const token of own) tokens.push(token);
    }
    base += reading.sentences;
  }
  return { text, tokens, clauses: splitClauses(tokens), sentences };
}

/**
 * Reads in one call to wink-nlp those of `pieces` not read before, so that `analyse` finds them
 * kept: for a caller that analyses several pieces of a text one by one (wink-nlp's cost per call
 * is about its cost per character of a sentence).
 */
export function readAhead(pieces: readonly string[]): void {
  const missing = [...new Set(pieces.filter((piece) => !readings.get(piece)))];
  if (missing.length > 1) readBatch(missing);
}

/**
 * Reads `pieces` with one call to wink-nlp and keeps each one's reading in the cache: tokens with
 * offsets into their piece and sentences counted from 0 in each.
 */
function readBatch(pieces: readonly string[]): Map<string, Reading> {
  const read = new Map<string, Reading>();
  const batch = pieces.join(SEPARATOR);
  const { nlp, its, lemma: LEMMA } = winkNlp();
  const doc = nlp.readDoc(batch);
  // One collection, each property read once for all tokens: reading item by item costs more.
  const items = doc.tokens();
  const words = items.out() as string[];
  const tags = items.out(its.pos) as string[];
  const contracted = items.out(its.contractionFlag) as unknown as boolean[];
  const sentenceOf = new Int32Array(words.length);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  spans.forEach(([first, last], index) => sentenceOf.fill(index, first, last + 1));
  const lower = normal(batch);
  const sameLength = lower.length === batch.length;
  let piece = 0;
  let offset = 0;
  let end = pieces[0]!.length;
  let own = emptyReading();
  let sentence = -1;
  let last = -1;
  let cursor = 0;
  const close = () => {
    own.sentences = sentence + 1;
    read.set(pieces[piece]!, own);
    readings.set(pieces[piece]!, own);
  };
  const add = (from: number, to: number, word: string, lemma: string, pos: string) => {
    own.starts.push(from);
    own.ends.push(to);
    own.words.push(word);
    own.lemmas.push(lemma);
    own.tags.push(pos);
    own.sentenceOf.push(sentence);
  };
  for (let i = 0; i < words.length; i += 1) {
    const raw = words[i]!;
    const start = batch.startsWith(raw, cursor) ? cursor : batch.indexOf(raw, cursor);
    if (start < 0) continue;
    cursor = start + raw.length;
    // Tokens of the separator and past it belong to the next pieces.
    while (start >= end && piece < pieces.length - 1) {
      close();
      piece += 1;
      offset = end + SEPARATOR.length;
      end = offset + pieces[piece]!.length;
      own = emptyReading();
      sentence = -1;
      last = -1;
    }
    if (start < offset || start >= end) continue;
    if (sentenceOf[i] !== last) {
      last = sentenceOf[i]!;
      sentence += 1;
    }
    // With the same length, lower case changed each character alone: `lower`'s slice is
    // `normal(raw)` (save a "Σ", which `spelling` never keeps).
    const { word, parts, fix } =
      spellings.get(raw) ?? spelling(raw, sameLength ? lower.slice(start, cursor) : normal(raw));
    const from = start - offset;
    const to = cursor - offset;
    if (parts) {
      for (const [part, pos] of parts) add(from, to, part, part, pos);
      continue;
    }
    const pos = tags[i] ?? 'X';
    // Only verbs keep their lemma ("said" → "say"); other words are matched as written. So only
    // verbs are lemmatised, one by one: lemmatising every token cost a third of the reading.
    let lemma = fix;
    if (lemma === undefined && (pos === 'VERB' || pos === 'AUX')) {
      let byWord = lemmas.get(pos);
      if (!byWord) lemmas.set(pos, (byWord = new Map()));
      lemma = contracted[i] ? undefined : byWord.get(raw);
      if (lemma === undefined) {
        lemma = normal((items.itemAt(i).out(LEMMA) as string | undefined) ?? raw);
        if (!contracted[i]) {
          if (lemmaCount >= LEMMA_LIMIT) {
            lemmas.clear();
            lemmas.set(pos, byWord);
            byWord.clear();
            lemmaCount = 0;
          }
          byWord.set(raw, lemma);
          lemmaCount += 1;
        }
      }
    }
    add(from, to, word, lemma ?? word, pos);
  }
  // The last pieces, and any that gave no token at all.
  for (;;) {
    close();
    if (piece >= pieces.length - 1) break;
    piece += 1;
    own = emptyReading();
    sentence = -1;
  }
  return read;
}
