/**
 * The safety net's fourth reading: a reader trained at build time on the labelled corpus.
 *
 * The rules of `support.ts` and `risk-concepts.ts` read what they were written for; a new writer
 * hints at dying in words none of them has seen. This reader scores short windows of a text (each
 * sentence, and each two sentences beside each other) with a logistic regression over the
 * window's words and word pairs, trained by `reader-training.ts` (`npm run language:train`) on the
 * corpus's safety-net cases and on every labelled text that speaks of no risk: idioms, others'
 * stories, denials, grief, plain days. The text speaks of risk when one window reaches the
 * model's threshold, which was set where texts the model had not been trained on raised the
 * fewest alarms (cross-validated).
 *
 * Pure and deterministic: the model is data (`support-reader.json`), turned into a map on first use.
 */
import { normal, sentenceMemos } from './nlp';
import { othersWordsLeftOut } from './risk-concepts';
import { Memo, sentenceRuns } from './segments';
import shippedModel from './support-reader.json';

export type ReaderModel = {
  about: string;
  bias: number;
  threshold: number;
  /** Each word or word pair's weight; those the training left near zero are not kept. */
  weights: Record<string, number>;
};

/**
 * A model as shipped: its weights as one text, a line a feature (`feature<TAB>weight`, the weight
 * as JavaScript writes it, so it reads back to the bit). As a JSON object of 44,666 keys the model
 * cost every start of the server about 0.1 s and 17 MB before any text was read; one string costs
 * almost nothing until the first text asks for it (docs/performance.md).
 */
export type ShippedModel = Omit<ReaderModel, 'weights'> & { weights: string };

export const shippable = (m: ReaderModel): ShippedModel => ({
  ...m,
  weights: Object.entries(m.weights)
    .map(([feature, weight]) => `${feature}\t${weight}`)
    .join('\n'),
});

const weightLines = (weights: string) =>
  weights.split('\n').map((line): [string, number] => {
    const tab = line.indexOf('\t');
    return [line.slice(0, tab), Number(line.slice(tab + 1))];
  });

export const unpacked = (m: ShippedModel): ReaderModel => ({
  ...m,
  weights: Object.fromEntries(weightLines(m.weights)),
});

/** Contractions and typed forms, spelt out: one spelling for each word the model reads. */
const SPELLINGS: Record<string, string> = {
  im: 'i am',
  ive: 'i have',
  cant: 'can not',
  wont: 'will not',
  dont: 'do not',
  didnt: 'did not',
  doesnt: 'does not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  werent: 'were not',
  couldnt: 'could not',
  cannot: 'can not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  havent: 'have not',
  hasnt: 'has not',
  aint: 'is not',
  u: 'you',
  ur: 'your',
  r: 'are',
  ppl: 'people',
  idk: 'i do not know',
  tbh: 'to be honest',
  rn: 'right now',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  tho: 'though',
  thru: 'through',
  pls: 'please',
  ngl: 'not going to lie',
  ok: 'okay',
};

const ENDINGS: [RegExp, string][] = [
  [/^(\w+)n't$/, '$1 not'],
  [/^(\w+)'m$/, '$1 am'],
  [/^(\w+)'re$/, '$1 are'],
  [/^(\w+)'ve$/, '$1 have'],
  [/^(\w+)'ll$/, '$1 will'],
  [/^(\w+)'d$/, '$1 would'],
  [/^(\w+)'s$/, '$1'],
];

const SPELT = new Map(Object.entries(SPELLINGS).map(([typed, words]) => [typed, words.split(' ')]));
const WORD = /[a-z]+(?:'[a-z]+)?/g;

/** A word as the model reads it: itself, or the words it stands for ("can't" → "can", "not"). */
function spellingOf(word: string): string | readonly string[] {
  if (word.includes("'")) {
    if (word === "can't") word = 'can not';
    else if (word === "won't") word = 'will not';
    else if (word === "ain't") word = 'is not';
    else for (const [form, to] of ENDINGS) if (form.test(word)) word = word.replace(form, to);
    if (word.includes(' ')) return word.split(' ');
  }
  return SPELT.get(word) ?? word;
}

/**
 * Each word's spelling, as `spellingOf` gives it: a vocabulary, not a reading of any text (a
 * word's spelling depends on its letters alone), so it stays warm across texts. Bounded: emptied
 * when it holds `SPELLINGS_LIMIT` words.
 */
const spellings = new Map<string, string | readonly string[]>();
const SPELLINGS_LIMIT = 20_000;

/** A text's words as the model knows them: lower case, contractions and typed forms spelt out. */
export function readerWords(text: string): string[] {
  const out: string[] = [];
  for (const word of normal(text).match(WORD) ?? []) {
    let spelt = spellings.get(word);
    if (spelt === undefined) {
      if (spellings.size >= SPELLINGS_LIMIT) spellings.clear();
      spellings.set(word, (spelt = spellingOf(word)));
    }
    if (typeof spelt === 'string') out.push(spelt);
    else for (const part of spelt) out.push(part);
  }
  return out;
}

/** A long run-on sentence is read in windows of this many words, half overlapping. */
const WINDOW = 24;

/** A sentence's words, in windows of at most `WINDOW` words (most sentences: one). */
function sentenceWindows(sentence: string): string[][] {
  const words = readerWords(sentence);
  if (words.length <= WINDOW) return words.length === 0 ? [] : [words];
  const windows: string[][] = [];
  for (let i = 0; i < words.length - WINDOW / 2; i += WINDOW / 2) {
    windows.push(words.slice(i, i + WINDOW));
  }
  return windows;
}

/**
 * An explicit denial of the wish ("I don't want to die", "I'm not suicidal"). The reader weighs
 * words, not their negation (marking denied words cost it recall: decision 0070), so the words
 * of a denial are left out of what it reads, in training as in use; the rest of the sentence is
 * still read ("I don't want to die but the pills are ready").
 */
const DENIAL =
  /\b(?:I(?:['’]?m| am) not (?:suicidal|going to (?:kill|hurt|harm) myself|gonna (?:kill|hurt|harm) myself)|I (?:don['’]?t|do not|never|wouldn['’]?t|would never|won['’]?t|will never) (?:really |ever |actually )?(?:want(?: to)?|wanna|plan(?: to)?|intend(?: to)?)? ?(?:die|be dead|kill myself|end (?:it|it all|my life|things)|hurt myself|harm myself))\b/gi;

/** What the reader reads of a text: all of it but its denials and others' quoted words. */
export const readerText = (text: string) => othersWordsLeftOut(text.replace(DENIAL, ' '));

/**
 * The windows of a text, each as its words: every sentence, and every two beside each other
 * (`readerScore` reads the same windows, each sentence once).
 */
export function readerWindows(text: string): string[][] {
  const windows: string[][] = [];
  let previous: string[] | undefined;
  for (const [sentence] of sentenceRuns(readerText(text), 'semicolons')) {
    for (const words of sentenceWindows(sentence)) {
      windows.push(words);
      if (previous) windows.push([...previous, ...words]);
      previous = words;
    }
  }
  return windows;
}

/** Words too common to mean anything alone (they still count in pairs: "to die", "of me"). */
const FUNCTION_WORDS = new Set('the a an and to of in on at for is it that this was be'.split(' '));

/** A window's features: its distinct words (less the commonest) and pairs of words in a row. */
export function readerFeatures(words: readonly string[]): string[] {
  return [...featureSet(words)];
}

function featureSet(words: readonly string[]): Set<string> {
  const features = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    if (!FUNCTION_WORDS.has(words[i]!)) features.add(words[i]!);
    if (i + 1 < words.length) features.add(`${words[i]} ${words[i + 1]}`);
  }
  return features;
}

export type Weights = { bias: number; weights: ReadonlyMap<string, number> };

/** A window's log-odds of speaking of risk. */
export function windowScore(features: readonly string[], { bias, weights }: Weights): number {
  let z = bias;
  for (const feature of features) z += weights.get(feature) ?? 0;
  return z;
}

const weightsOf = (m: ReaderModel): Weights => ({
  bias: m.bias,
  weights: new Map(Object.entries(m.weights)),
});
let shipped: Weights | undefined;
const shippedWeights = (): Weights => ({
  bias: shippedModel.bias,
  weights: new Map(weightLines(shippedModel.weights)),
});

/**
 * A feature the model weighs, one object for each word or pair of words, so that a window knows
 * which it has counted by the object alone. Pairs are found word by word (`pairs`, by the first
 * word, then the second): reading a sentence makes no string for a pair it does not weigh.
 * `mark` is the last count that took the feature in (`nextMark`): a window counts each feature
 * once without a set of its own.
 */
type Feature = { readonly weight: number; mark: number };
type Lookup = {
  bias: number;
  words: ReadonlyMap<string, Feature>;
  pairs: ReadonlyMap<string, ReadonlyMap<string, Feature>>;
};

/** Counts of features, told apart by number (reading is synchronous: one count at a time). */
let marks = 0;
const nextMark = () => (marks = (marks + 1) % Number.MAX_SAFE_INTEGER);

/** Each model's lookup, made once (training scores every text of a fold with the same weights). */
const lookups = new WeakMap<object, Lookup>();

function lookupOf(m: ReaderModel | Weights): Lookup {
  let lookup = lookups.get(m);
  if (lookup) return lookup;
  const { bias, weights } = 'about' in m ? weightsOf(m) : m;
  const words = new Map<string, Feature>();
  const pairs = new Map<string, Map<string, Feature>>();
  for (const [feature, weight] of weights) {
    const space = feature.indexOf(' ');
    if (space < 0) {
      words.set(feature, { weight, mark: -1 });
      continue;
    }
    const first = feature.slice(0, space);
    let after = pairs.get(first);
    if (!after) pairs.set(first, (after = new Map()));
    after.set(feature.slice(space + 1), { weight, mark: -1 });
  }
  lookup = { bias, words, pairs };
  lookups.set(m, lookup);
  return lookup;
}

/**
 * One window of a sentence, read: the features the model weighs, in the order `featureSet` gives
 * them (a feature it does not weigh adds nothing), and its score.
 */
type Piece = { weighed: Feature[]; score: number; first: string; last: string };

function pieceOf(words: readonly string[], { bias, words: single, pairs }: Lookup): Piece {
  const weighed: Feature[] = [];
  const mark = nextMark();
  let score = bias;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (!FUNCTION_WORDS.has(word)) {
      const feature = single.get(word);
      if (feature !== undefined && feature.mark !== mark) {
        feature.mark = mark;
        weighed.push(feature);
        score += feature.weight;
      }
    }
    if (i + 1 < words.length) {
      const feature = pairs.get(word)?.get(words[i + 1]!);
      if (feature !== undefined && feature.mark !== mark) {
        feature.mark = mark;
        weighed.push(feature);
        score += feature.weight;
      }
    }
  }
  return { weighed, score, first: words[0]!, last: words[words.length - 1]! };
}

const piecesOf = (sentence: string, lookup: Lookup): Piece[] =>
  sentenceWindows(sentence).map((words) => pieceOf(words, lookup));

/**
 * The score of two windows read as one, with the same sums in the same order as
 * `windowScore(readerFeatures([...a, ...b]))`: a's features, the pair across the seam, then b's
 * features a has not.
 */
function pairScore(a: Piece, b: Piece, { pairs }: Lookup): number {
  let z = a.score;
  const mark = nextMark();
  for (const feature of a.weighed) feature.mark = mark;
  const seam = pairs.get(a.last)?.get(b.first);
  if (seam && seam.mark !== mark) {
    z += seam.weight;
    seam.mark = mark;
  }
  for (const feature of b.weighed) if (feature.mark !== mark) z += feature.weight;
  return z;
}

/** The shipped model's windows of each sentence read (a text typed on is mostly read before). */
const pieces = new Memo<Piece[]>(4_096);
sentenceMemos.add(pieces);

/**
 * The highest score of a text's windows (minus infinity for a text without words), by the shipped
 * model or by `m`.
 */
export function readerScore(text: string, m?: ReaderModel | Weights): number {
  const own = m === undefined;
  const lookup = lookupOf(own ? (shipped ??= shippedWeights()) : m);
  let best = -Infinity;
  let previous: Piece | undefined;
  for (const [sentence] of sentenceRuns(readerText(text), 'semicolons')) {
    let read = own ? pieces.get(sentence) : undefined;
    if (!read) {
      read = piecesOf(sentence, lookup);
      if (own) pieces.set(sentence, read);
    }
    for (const piece of read) {
      if (piece.score > best) best = piece.score;
      if (previous) {
        const score = pairScore(previous, piece, lookup);
        if (score > best) best = score;
      }
      previous = piece;
    }
  }
  return best;
}

/** Whether one window of the text reaches the model's threshold. */
export function readerSpeaksOfRisk(text: string, m?: ReaderModel): boolean {
  return readerScore(text, m) >= (m ?? shippedModel).threshold;
}
