/**
 * Reading only what can matter: a text is cut into segments at boundaries where wink-nlp ends a
 * sentence too (a full stop, "!" or "?" before a capital, a blank line), and a segment that no
 * rule could match is never given to wink-nlp. Segments are read in one batch (wink-nlp's
 * per-call cost is about as large as its per-character cost on a sentence), each behind a fixed
 * separator so that its reading never depends on its neighbours, and kept in a bounded cache by
 * their text: the editor sends mostly the same text again as the person types.
 *
 * Deterministic: a segment's tokens depend on its own text only (`segments.test.ts` checks this
 * against the corpus), so what the cache holds changes the time taken, never the answer.
 */

/** A segment: `from…to` in the text, sentence-aligned. */
export type Segment = { from: number; to: number };

/**
 * Ends of sentences that wink-nlp also ends: terminal punctuation (and closing quotes) then
 * spaces then a capital or an opening quote before a capital; or a blank line.
 */
const BOUNDARY =
  /([.!?…]+)["'”’)\]]*(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?=["'“‘(]?\p{Lu})|\n[^\S\n]*\n\s*/gu;
/** Words before a full stop that are abbreviations, not the end of a sentence ("Dr. Jones"). */
const ABBREVIATION =
  /(?:^|[\s("'“‘])(?:\p{L}|mr|mrs|ms|dr|prof|st|jr|sr|mt|no|vs|etc|approx|incl|inc|ltd|co|dept|\p{L}+\.\p{L}+)$/iu;

/** The last text cut and its segments: the detector and the safety net cut the same text. */
let last: { text: string; segments: readonly Segment[] } = { text: '', segments: [] };

/** The segments of `text`, in order, covering it from its first to its last character. */
export function segment(text: string): readonly Segment[] {
  if (last.text !== text) last = { text, segments: cut(text) };
  return last.segments;
}

function cut(text: string): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length;
    // A full stop after an abbreviation or an initial does not end a sentence.
    if (
      match[1] === '.' &&
      ABBREVIATION.test(text.slice(Math.max(0, match.index - 12), match.index))
    )
      continue;
    // A last word alone after the marks stays with its sentence, as wink-nlp reads it.
    if (match[1] !== undefined && !/\s/.test(text.slice(end))) continue;
    if (end > from && end < text.length) {
      segments.push({ from, to: end });
      from = end;
    }
  }
  if (from < text.length) segments.push({ from, to: text.length });
  return segments;
}

/**
 * The safety net's sentences: runs of text between ".", "!", "?" and line ends, one home for what
 * ends a sentence for its rules, its meaning reading and its reader. `marks` keeps each run's end
 * marks with it (no phrase of risk reaches past them); `semicolons` ends a run at ";" too, for the
 * readings that take what follows a semicolon as a thought of its own. Runs of spaces between two
 * marks are runs too: a reading finds nothing in them.
 */
const SENTENCE_RUNS = {
  plain: /[^.!?\n]+/g,
  marks: /[^.!?\n]+[.!?\n]*/g,
  semicolons: /[^.!?;\n]+/g,
} as const;

export const sentenceRuns = (text: string, ends: keyof typeof SENTENCE_RUNS = 'plain') =>
  text.matchAll(SENTENCE_RUNS[ends]);

/**
 * A memo of at most `size` entries, emptied when full: one lookup a read (a least-recently-used
 * map moves the entry, two more hashes of the key), for memos read far more often than they fill.
 */
export class Memo<V> {
  readonly #items = new Map<string, V>();
  constructor(readonly size: number) {}

  get(key: string): V | undefined {
    return this.#items.get(key);
  }

  set(key: string, value: V): void {
    if (this.#items.size >= this.size) this.#items.clear();
    this.#items.set(key, value);
  }

  clear(): void {
    this.#items.clear();
  }
}
