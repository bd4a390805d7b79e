/**
 * Limiting language: phrases in a person's own writing that voice powerlessness ("I can't"),
 * unworthiness ("I don't deserve") or overgeneralization ("I always fail"), so that Praxis can
 * invite them to examine the belief. Read with wink-nlp (`language/nlp.ts`: tokens, sentences,
 * clauses, part of speech) and rules over its tokens and tags; pure and deterministic, no clock,
 * no I/O (decision 0025).
 *
 * What counts (the annotation guide of `limiting-language.fixtures.ts` in full); the phrase rules
 * are in `limiting-language-rules.ts`, the token rules in `language/token-rules.ts`, the reading
 * of a phrase's clause in `language/context.ts`, practical limits in `language/practical.ts`:
 * - Self-talk only: the writer in the first person singular. "We", "you", "he always fails" are
 *   left alone, as is indirect speech attributed to someone else ("my manager says I can't").
 *   Impersonal global negatives ("nothing ever works") and universals about how others see the
 *   writer ("everyone thinks I'm…", "nobody listens to me") count as overgeneralization.
 * - Assertions only: questions that ask, conditionals ("if I can't…") and negated or disowned
 *   beliefs ("not that I can't", "I don't think I can't", "I used to think…") are left alone;
 *   rhetorical questions that presuppose the belief ("why do I always…", "who am I to…") count.
 * - Idioms ("I can't wait", "I can't believe how…", "I can't thank them enough") and practical
 *   limits ("I can't make Thursday", "I can't afford therapy", "I can't lift it", "I can't take
 *   them because of my heart", "I'm stuck in traffic") are not powerlessness; neither is an
 *   obligation ("I have to"): only an explicit absence of choice is ("I have no choice").
 * - Past-tense event reports ("I couldn't sleep") are left alone; "could" is never read as
 *   powerlessness.
 * - Self-labels are unworthiness ("a useless person", "not funny or interesting enough", "it
 *   means I'm not competent"); "always"/"never" made into a trait or a rule is
 *   overgeneralization ("I'm always so forgetful", "I can never…", "people always ignore me").
 * - Quoted words: a quote the writer attributes to someone else after any verb of saying ("she
 *   said 'I can't'", "she responded, 'I can't…'") and a
 *   quoted phrase used as a name ("my 'I can't' story") are left alone; the writer's own quoted
 *   thoughts and unattributed quotes count.
 */
import { isOwnBelief } from './language/context';
import { analyse, normal, readAhead, sentenceMemos } from './language/nlp';
import { Memo, segment } from './language/segments';
import { type Candidate, findTokenCandidates, mayMatchTokens } from './language/token-rules';
import { isPracticalLimit } from './language/practical';
import { findQuotes } from './limiting-language-context';
import { type Rule, RULES } from './limiting-language-rules';

/** Every word a phrase rule needs, once; and each rule's groups of needed words by their index. */
const NEEDED_WORDS = [...new Set(RULES.flatMap(({ needs }) => needs.flat()))];
const NEEDED = RULES.map(({ needs }) =>
  needs.map((group) => group.map((word) => NEEDED_WORDS.indexOf(word))),
);
/**
 * Every needed word at any position, longest first: at one position only the longest word that
 * is there is found, and the others there are its prefixes (`NEEDED_PREFIXES`). One pass over the
 * text instead of one `includes` a word (80 of them, a twentieth of a dense text's time).
 */
const NEEDED_ANYWHERE = new RegExp(
  [...NEEDED_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);
/** The needed words that begin each needed word, itself included, by their index. */
const NEEDED_PREFIXES = new Map(
  NEEDED_WORDS.map((word) => [
    word,
    NEEDED_WORDS.flatMap((prefix, n) => (word.startsWith(prefix) ? [n] : [])),
  ]),
);

/** The rules whose first group of needed words holds each needed word, by the word's index. */
const RULES_BY_FIRST_WORD = NEEDED_WORDS.map((_, word) =>
  NEEDED.flatMap((groups, r) => (groups[0]!.includes(word) ? [r] : [])),
);

/** Which needed words `lower` holds, anywhere (as `includes` would find them), by their index. */
function neededWordsIn(lower: string): number[] {
  const found: number[] = [];
  NEEDED_ANYWHERE.lastIndex = 0;
  for (let match = NEEDED_ANYWHERE.exec(lower); match; match = NEEDED_ANYWHERE.exec(lower)) {
    for (const n of NEEDED_PREFIXES.get(match[0])!) found.push(n);
    // Words overlap ("everyone" holds "one"): the next search starts one character on.
    NEEDED_ANYWHERE.lastIndex = match.index + 1;
  }
  return found;
}

/** Which needed words a text holds (1) and which rules to try (1): filled and emptied each text. */
const present = new Uint8Array(NEEDED_WORDS.length);
const tried = new Uint8Array(RULES.length);

/**
 * The rules, in their order, all of whose groups of needed words have a word in `words` (the
 * indices of the needed words a text holds): only those can match it.
 */
function rulesFor(words: readonly number[]): number[] {
  for (const word of words) {
    present[word] = 1;
    for (const r of RULES_BY_FIRST_WORD[word]!) tried[r] = 1;
  }
  const rules: number[] = [];
  for (let r = 0; r < RULES.length; r += 1) {
    if (tried[r] === 0) continue;
    tried[r] = 0;
    if (NEEDED[r]!.every((group) => group.some((word) => present[word] === 1))) rules.push(r);
  }
  for (const word of words) present[word] = 0;
  return rules;
}

/** Apostrophes past U+00FF, read by every phrase pattern as it reads "'" (`forScanning`). */
const WIDE_APOSTROPHES = /[’ʼ‘]/g;
const PAST_LATIN1 = /[\u0100-\uffff]/;

/**
 * `text` as the phrase patterns scan it: the same length and offsets, with "’", "ʼ" and "‘" made
 * "'". Every pattern, exception and `needsBefore` has these only in the apostrophe class of
 * `limiting-language-patterns.ts` (all four or none) and no other class or escape tells them
 * apart, so every match is the same. Without them most texts have no character past U+00FF, and
 * V8 then scans a one-byte string (its irregexp code for one byte is ≈ 1.5× faster on these
 * patterns); `JSON.parse` gives such a string one byte a character, the same string either way.
 */
function forScanning(text: string): string {
  const straight = text.replace(WIDE_APOSTROPHES, "'");
  if (PAST_LATIN1.test(straight)) return straight;
  return JSON.parse(JSON.stringify(straight)) as string;
}

export const LIMITING_KINDS = ['powerlessness', 'unworthiness', 'overgeneralization'] as const;
export type LimitingKind = (typeof LIMITING_KINDS)[number];
/** A limiting phrase: where it is, its kind, and why it was read so, in plain words. */
export type Finding = { start: number; end: number; kind: LimitingKind; text: string; why: string };

/** Why a phrase of each kind was marked, when its rule says nothing more precise. */
export const WHY: Record<LimitingKind, string> = {
  powerlessness:
    'Speaks of yourself as unable or without choice — a belief about your power, not a practical limit.',
  unworthiness: 'Judges your worth as a person, not what happened.',
  overgeneralization: 'Turns some moments into always, never, everyone or nothing.',
};

/**
 * The limiting phrases in `text`, sorted by `start` and never overlapping; `start` and `end` are
 * UTF-16 offsets, so `text.slice(start, end) === finding.text`.
 *
 * The text is cut into segments at sentence ends (`language/segments.ts`), and each is read with
 * the segments beside it as its only context, so a sentence's findings never depend on words far
 * from it. It is read with wink-nlp (tokens, sentences, part of speech, negation) and cut into
 * clauses; phrase rules (`limiting-language-rules.ts`) and token rules (`language/token-rules.ts`)
 * propose phrases, and a phrase is kept when its clause makes it the writer's own assertion
 * (`language/context.ts`) and, for "I can't", when it is no practical limit
 * (`language/practical.ts`).
 *
 * A span runs from the first word of the phrase (its subject, or the quantifier of an impersonal
 * phrase) through the words that decide its kind, and leaves out what the belief is about:
 * "I can't | do this", "I don't deserve | this promotion", "I always fail | at presentations".
 *
 * @example findLimitingLanguage('I can’t wait, but I don’t deserve this.')
 * // → [{ start: 18, end: 33, kind: 'unworthiness', text: 'I don’t deserve', why: '…' }]
 */
export function findLimitingLanguage(text: string): Finding[] {
  if (!/\p{L}/u.test(text)) return [];
  const parts = segment(text);
  // Each segment is read with the ones beside it as context (a phrase may look back at the
  // sentence before, "I always fade in the last 5k. Always.", or run on, "Every. Time."), so what
  // it holds depends on those three only and is kept: a text typed on changes its last segments.
  // The new ones' phrase rules run first, then wink-nlp reads all that need reading in one call.
  // The text is scanned and lower-cased once, each segment's needed words found once (a needed
  // word holds no mark that ends a segment, so the words of three segments are those of each);
  // not where lower case changes a length or depends on the letters around ("Σ").
  const scanned = forScanning(text);
  const lower = normal(scanned);
  const aligned = lower.length === text.length && !text.includes('Σ');
  const words: number[][] = [];
  const wordsOf = (n: number) =>
    (words[n] ??= neededWordsIn(lower.slice(parts[n]!.from, parts[n]!.to)));
  const read = parts.map(({ from, to }, n): SegmentRead => {
    const first = n === 0 ? from : parts[n - 1]!.from;
    const last = parts[n + 1]?.to ?? to;
    const key = `${from - first}:${to - first}:${text.slice(first, last)}`;
    const known = bySegment.get(key);
    if (known) return { key, from, known };
    let prepared: Prepared | undefined;
    if (aligned) {
      const held = wordsOf(n).concat(
        n > 0 ? wordsOf(n - 1) : [],
        parts[n + 1] ? wordsOf(n + 1) : [],
      );
      prepared = { scanned: scanned.slice(first, last), lower: lower.slice(first, last), held };
    }
    return {
      key,
      from,
      proposed: proposed(text.slice(first, last), from - first, to - first, prepared),
    };
  });
  readAhead(read.flatMap((r) => (r.proposed?.wanted ? [r.proposed.piece] : [])));
  const findings: Finding[] = [];
  for (const r of read) {
    const own = r.proposed ? kept(r.proposed) : r.known;
    if (r.proposed) bySegment.set(r.key, own);
    for (const f of own) {
      // A phrase that runs on into the next segment ("Every. Time.") holds what starts there.
      if (f.start + r.from < (findings.at(-1)?.end ?? 0)) continue;
      findings.push({ ...f, start: f.start + r.from, end: f.end + r.from });
    }
  }
  return findings;
}

/** Each segment's findings, by its text and its context's (`forgetReadings` empties it too). */
const bySegment = new Memo<readonly Finding[]>(4_096);
sentenceMemos.add(bySegment);

/** A segment by its key: its findings as kept, or the phrase candidates still to be read. */
type SegmentRead = { key: string; from: number } & (
  { known: readonly Finding[]; proposed?: never } | { proposed: Proposed; known?: never }
);

/** `text` as the phrase patterns scan it, lower-cased, and the needed words it holds. */
type Prepared = { scanned: string; lower: string; held: readonly number[] };

type Candidates = (Candidate & { options?: Pick<Rule, 'rhetorical' | 'needsBefore'> })[];
/**
 * The phrase candidates that start in `from…to` of `text` (what is around it is context a phrase
 * may look back at or run on into), and whether wink-nlp must read that piece (`kept` reads it).
 */
type Proposed = {
  text: string;
  from: number;
  to: number;
  piece: string;
  candidates: Candidates;
  wanted: boolean;
};

/** The phrase rules' candidates in `from…to` of `text`: they need no reading, and say what to read. */
function proposed(text: string, from: number, to: number, prepared?: Prepared): Proposed {
  const scanned = prepared?.scanned ?? forScanning(text);
  const lower = prepared?.lower ?? normal(scanned);
  const aligned = lower.length === text.length;
  const candidates: Candidates = [];
  // The needed words in the text, found once a text (rules share words: "can", "never"…).
  for (const r of rulesFor(prepared?.held ?? neededWordsIn(lower))) {
    const { kind, pattern, unless, rhetorical, needsBefore } = RULES[r]!;
    pattern.lastIndex = from;
    for (
      let match = pattern.exec(scanned);
      match && match.index < to;
      match = pattern.exec(scanned)
    ) {
      const start = match.index;
      const end = start + match[0].length;
      if (unless?.test(scanned.slice(end, end + 80))) continue;
      candidates.push({ start, end, kind, why: WHY[kind], options: { rhetorical, needsBefore } });
    }
  }
  const wanted = candidates.length > 0 || mayMatchTokens(lower.slice(from, to), aligned);
  return { text, from, to, piece: text.slice(from, to), candidates, wanted };
}

/** The candidates of `proposed` that hold, with the token rules' own, in its piece. */
function kept({ text, from, to, candidates, wanted }: Proposed): Finding[] {
  if (!wanted) return [];
  // Only the piece is read: its clauses decide; the context is there for the phrases alone.
  const analysis = analyse(text, (at, upTo) => upTo > from && at < to);
  const quotes = findQuotes(text);
  // The earliest, then longest, of overlapping candidates that hold: sorted first, so that a
  // candidate inside a finding already kept is never checked (checking reads its clause).
  const all: Candidates = [...candidates, ...findTokenCandidates(analysis)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const findings: Finding[] = [];
  for (const { start, end, kind, why, options } of all) {
    const last = findings.at(-1);
    if (start < from || start >= to || (last && start < last.end + from)) continue;
    if (!isOwnBelief(analysis, quotes, start, end, options)) continue;
    if (kind === 'powerlessness' && isPracticalLimit(analysis, start, end)) continue;
    findings.push({
      start: start - from,
      end: end - from,
      kind,
      text: text.slice(start, end),
      why,
    });
  }
  return findings;
}
