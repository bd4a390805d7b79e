/**
 * The context of a limiting phrase: where its sentence and clause start, whether it is asked,
 * disowned or someone else's words, and the quoted passages of a text.
 */
import { after, anywhere, expand } from './limiting-language-patterns';

/** A noun after a preposition is a place or a group ("everyone at the depot thinks"), no speaker. */
const NOT_A_PLACE = String.raw`(?<!\b(?:at|in|on|of|from|around|across|within) )`;
/** Before a phrase in its clause: the belief is negated, disowned or only supposed. */
const DISOWNED = anywhere(
  String.raw`\bnothing(?: (?:on|in|at|about|here) (?:this|the|that|my) \w+)?\s*$|\bnot that\b|\b(?:isn|wasn)'?t true\b|\b(?:is|was) not true\b|\bnot true that\b|\bdoesn'?t mean\b|\bdoes not mean\b|\bno longer\b|\bused to\b|\bstopped (?:believing|thinking|telling|saying|feeling)\b|\b(?:don'?t|do not|didn'?t|did not|never) (?:think|believe)\b|\brefuse to\b|\b(?:myth|lie|false|untrue)\b|\binstead of\b|\brather than\b|\bstop (?:saying|thinking|telling)\b|\bwho says\b|\b(?:nobody|no one) (?:can|could|gets to|will)\b|\bif\b|\bunless\b|\bin case\b|\bnot (?:saying|claiming)\b|\b(?:the )?old me\b`,
);
const SPEECH_VERB = String.raw`(?:says?|said|saying|tells?|told|telling|thinks?|thought|believes?|claims?|claimed|insists?|insisted|reckons?|feels?|felt|asks?|asked|whisper(?:s|ed)?|shout(?:s|ed)?|wrote|writes?|yell(?:s|ed)?|repl(?:y|ies|ied))`;
/** Words said aloud, not thought or felt ("the caller said", not "this job feels"). */
const SAID_VERB = String.raw`(?:says?|said|saying|tells?|told|telling|asks?|asked|whisper(?:s|ed)?|shout(?:s|ed)?|wrote|writes?|yell(?:s|ed)?|repl(?:y|ies|ied))`;
/** Words said or held by a person, never by a thing ("the skipper reckons", not "this job feels"). */
const HELD_VERB = String.raw`(?:${SAID_VERB}|thinks?|thought|believes?|claims?|claimed|insists?|insisted|reckons?)`;
const FREQUENCY = String.raw`(?:(?:always|keeps?|kept|still|often|once|even|just|never) )?`;
/** Held as a conviction: "Mum's convinced", "my sister is certain". */
const CONVINCED = String.raw`(?:['’]s|['’]re| is| are| was| were) ${FREQUENCY}(?:so |totally |completely |absolutely )?(?:convinced|certain|adamant)`;
/** Before a phrase in its clause: someone else is the one saying or thinking it. */
const OTHER_SPEAKER = anywhere(
  String.raw`\b(?:(?:he|she|they|whoever|someone|somebody|${NOT_A_PLACE}(?:my|his|her|their|our) (?!head\b|mind\b|gut\b|heart\b|inner\b)[a-z]+|\bme (?:mam|mum|ma|da|dad|sister|brother|nan|nana|gran|granny|missus|fella|auld (?:man|wan|fella)|old (?:man|lady|fella)|sponsor|probation officer|keyworker|worker|pal|mate|mates|cousin|aunty|auntie|uncle)) ${FREQUENCY}${SPEECH_VERB}|${NOT_A_PLACE}(?:the|a|an|this|that) (?!head\b|mind\b|gut\b|heart\b|inner\b|voice\b|critic\b|brain\b)[a-z]+ ${FREQUENCY}${HELD_VERB}|(?:he|she|they|someone|somebody|mum|mom|mam|dad|${NOT_A_PLACE}(?:my|his|her|their|our) (?!head\b|mind\b|gut\b|heart\b|inner\b)[a-z]+)${CONVINCED})\b`,
);
const NAMED_SPEAKER = new RegExp(
  expand(
    String.raw`\b(?!(?:It|This|That|There|Here|What|Which|Who|Everyone|Everybody|Nobody|Everything|Nothing|Something|Anyone|Anything)\b)[A-Z][a-z]+(?: ${FREQUENCY}${SPEECH_VERB}|${CONVINCED})\b`,
  ),
);

/**
 * Whether the clause before a phrase makes it not the writer's belief: negated, disowned or only
 * supposed, or said or thought by someone else.
 */
export function isDisownedOrReported(clause: string): boolean {
  return DISOWNED.test(clause) || OTHER_SPEAKER.test(clause) || NAMED_SPEAKER.test(clause);
}

const QUOTE_CLOSERS: Record<string, string> = {
  '"': '"',
  '“': '”"',
  '„': '“”"',
  '«': '»',
  "'": "'’",
  '‘': "’'",
};
const SINGLE_QUOTES = "'‘’";
/** Any of the marks of `QUOTE_CLOSERS` that open a quote. */
const OPENER = /["“„«'‘]/g;
const MAX_QUOTE = 300;
const MAX_LOOKAROUND = 300;
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

export type Quote = { start: number; end: number; ignored: boolean };

const MENTION_BEFORE =
  /\b(?:my|the|a|an|that|this|his|her|their|our|your|every|any|old|usual|those|these|another)\s*$/i;
const SELF_SPEAKER = anywhere(
  String.raw`\bI\b|\bmyself\b|\bmy (?:head|mind|gut|heart)\b|\binner (?:voice|critic)\b`,
);
const SPEECH_BEFORE = anywhere(
  String.raw`\b(?:says?|said|saying|repeating|tells?|told|telling|asks?|asked|asking|whisper\w*|shout\w*|wrote|writes?|yell\w*|repl(?:y|ies|ied)|goes|went|texted|messaged|posted|sent|sends|sighed|insisted|admitted|announced|muttered)\b`,
);
const SPEECH_AFTER = after(
  String.raw`[^\S\n]*,?[^\S\n]*(?:(?:[A-Za-z]{2,}|my \w+) (?:said|says|asked|whispered|shouted|replied|told|wrote|yelled|muttered|sighed|cried|added|admitted|insisted)|(?:said|says|asked|whispered|shouted|replied) (?:[A-Za-z]{2,}|my \w+))`,
);

/** Where the sentence holding `index` starts (after `.`, `!`, `?` or a line break). */
export function sentenceStart(text: string, index: number): number {
  const limit = Math.max(0, index - MAX_LOOKAROUND);
  for (let i = index - 1; i >= limit; i -= 1) {
    if ('.!?\n'.includes(text[i]!)) return i + 1;
  }
  return limit;
}

/** Where the clause holding `index` starts (sentence ends and `,;:—–(`). */
export function clauseStart(text: string, index: number): number {
  const limit = Math.max(0, index - MAX_LOOKAROUND);
  for (let i = index - 1; i >= limit; i -= 1) {
    if ('.!?\n,;:—–('.includes(text[i]!)) return i + 1;
  }
  return limit;
}

/** Whether the sentence holding `index` ends with a question mark. */
export function endsWithQuestion(text: string, index: number): boolean {
  const limit = Math.min(text.length, index + MAX_LOOKAROUND);
  for (let i = index; i < limit; i += 1) {
    const ch = text[i]!;
    if (ch === '?') return true;
    if (ch === '.' || ch === '!' || ch === '\n') return false;
  }
  return false;
}

/** The last text's quotes: the detector and the safety net ask for the same text's. */
let last: { text: string; quotes: readonly Quote[] } = { text: '', quotes: [] };

/** The quoted passages of `text`, each marked as ignored when it is someone else's words. */
export function findQuotes(text: string): readonly Quote[] {
  if (last.text !== text) last = { text, quotes: quotesIn(text) };
  return last.quotes;
}

function quotesIn(text: string): Quote[] {
  const quotes: Quote[] = [];
  let i = 0;
  while (i < text.length) {
    // Only a quotation mark can open a quote: go straight to the next one.
    OPENER.lastIndex = i;
    if (!OPENER.test(text)) break;
    i = OPENER.lastIndex - 1;
    const open = text[i]!;
    const closers = QUOTE_CLOSERS[open];
    const before = text[i - 1];
    const next = text[i + 1];
    const single = SINGLE_QUOTES.includes(open);
    const opens =
      closers !== undefined &&
      (before === undefined || isSpace(before) || '([{:—–-"“'.includes(before)) &&
      next !== undefined &&
      !isSpace(next) &&
      (!single || isLetterOrDigit(next) || '"“'.includes(next));
    if (!opens) {
      i += 1;
      continue;
    }
    let close = -1;
    const limit = Math.min(text.length, i + MAX_QUOTE);
    for (let j = i + 1; j < limit; j += 1) {
      const ch = text[j]!;
      if (ch === '\n') break;
      if (!closers.includes(ch)) continue;
      if (single && (isSpace(text[j - 1]) || isLetterOrDigit(text[j + 1]))) continue;
      close = j;
      break;
    }
    if (close < 0) {
      i += 1;
      continue;
    }
    quotes.push({ start: i, end: close + 1, ignored: isOthersQuote(text, i, close + 1) });
    i = close + 1;
  }
  return quotes;
}

/** Whether `start…end` lies inside an ignored quote; `quotes` are sorted and disjoint. */
export function insideIgnoredQuote(quotes: readonly Quote[], start: number, end: number): boolean {
  let low = 0;
  let high = quotes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const quote = quotes[middle]!;
    if (quote.end <= start) low = middle + 1;
    else if (quote.start >= end) high = middle - 1;
    else return quote.ignored && quote.start < start && end <= quote.end;
  }
  return false;
}

function isOthersQuote(text: string, start: number, end: number): boolean {
  const lead = text.slice(sentenceStart(text, start), start);
  if (MENTION_BEFORE.test(lead)) return true;
  if (SELF_SPEAKER.test(lead)) return false;
  if (SPEECH_BEFORE.test(lead)) return true;
  return SPEECH_AFTER.test(text.slice(end, end + 60));
}
