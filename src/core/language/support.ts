/**
 * The safety net: whether a text speaks, in the writer's own present voice, of wanting to die,
 * of ending their life or of harming themselves — also indirectly ("everyone would be better off
 * without me", "I wrote goodbye letters", "I want it all to stop for good"). Idioms ("this
 * deadline is killing me", "dying to see it") and other people's stories ("my grandmother died")
 * are not. When it holds, the person is shown where help is, at once and calmly; the answer is
 * computed on each request and never stored, logged, counted or mailed.
 *
 * It leans towards noticing: a calm message shown once too often costs little, one missed costs
 * much. Pure and deterministic.
 */
import { isOwnBelief } from './context';
import { clauseAt } from './clauses';
import { analyse } from './nlp';
import { findQuotes } from '../limiting-language-context';
import { expand } from '../limiting-language-patterns';

const I = String.raw`\bI(?:'m| am|'ve| have|'d| would| just| really| honestly| still| sometimes| often| kind of| think I| feel like I)*`;
const WANT = String.raw`(?:want|wanna|wish|need|would like|'d like|plan|am planning|'m planning|am going|'m going|am ready|'m ready|deserve|should|have decided|'ve decided|am thinking about|'m thinking about|keep thinking about|think about|am thinking of|'m thinking of)`;
const DIE = String.raw`(?:to )?(?:die|be dead|not (?:be here|exist|be alive|wake up)|stop (?:existing|living|breathing)|kill myself|end (?:my life|it all|everything|things|it)|take my (?:own )?life|disappear (?:forever|for good)|hurt myself|harm myself|cut myself|overdose|jump)\b`;

/**
 * Phrases of risk in the writer's voice, read case-insensitively in the writer's clause; each
 * with the words any match of it holds (`needs`, every one must occur), a cheap test first: most
 * texts hold none of them, and the phrase patterns (which try every "I") are then never run.
 */
const RISK: { needs: readonly RegExp[]; pattern: RegExp }[] = (
  [
    [
      [
        /\b(?:die|dead|here|exist|alive|wake|living|breathing|kill|end|life|disappear|hurt|harm|cut|overdose|jump)/i,
      ],
      String.raw`${I} ${WANT} ${DIE}`,
    ],
    [
      [/\b(?:want|wanna|need)/i, /\b(?:live|alive|here|exist|wake|go|carry)/i],
      String.raw`${I} (?:don'?t|do not|no longer) (?:want|wanna|need) to (?:live|be alive|be here|exist|wake up|go on|keep going|carry on)\b`,
    ],
    [
      [/\bwish/i, /\b(?:dead|born|die|disappear|wake|stop)/i],
      String.raw`${I} wish I (?:was|were|could be) dead\b|${I} wish I(?: had|'d) never been born\b|${I} wish I (?:could|would) (?:just )?(?:die|disappear|not wake up|fall asleep and not wake up|stop existing)\b`,
    ],
    [
      [/\bmyself\b/i],
      String.raw`\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|starve|starving) myself\b(?! laughing)`,
    ],
    [[/\blife\b/i], String.raw`\b(?:end|ending|take|taking) my (?:own )?life\b`],
    [[/\ball\b/i], String.raw`\bend(?:ing)? it all\b`],
    [
      [/suicid|\bkilling\b|\bending\b/i],
      String.raw`\bI(?:'m| am| feel| have been|'ve been| keep being| get)(?: so| really| very| quite| a bit| kind of)? suicidal\b|\bsuicidal (?:thoughts|feelings|again)\b|\b(?:thinking|think|thoughts) (?:about|of) (?:suicide|killing myself|ending (?:it|my life|things))\b`,
    ],
    [
      [/\bself|\burge\b/i],
      String.raw`\bI(?: have been|'ve been| started| keep)? self(?:-| )?harm(?:ing)?\b|\bmy self(?:-| )?harm(?:ing)?\b|\burge to (?:self(?:-| )?harm|hurt myself|cut)\b`,
    ],
    [
      [/\bwithout\s+me\b/i],
      String.raw`\b(?:everyone|everybody|they|people|my (?:family|kids|wife|husband|partner|friends|parents|mum|mom|dad)|the world|it) (?:would|will|'d) be better off without me\b`,
    ],
    [
      [/\b(?:dead|live|living|alive|here|going)/i],
      String.raw`\bbetter off dead\b|\bno (?:reason|point) (?:to|in) (?:live|living|going on|being alive|being here)\b|\bnothing (?:left )?to live for\b`,
    ],
    [
      [/\b(?:goodbye|farewell|suicide)/i],
      String.raw`\b(?:wrote|written|writing|write|left|leave) (?:a |my |some |the )?(?:goodbye|farewell|suicide) (?:letters?|notes?|messages?)\b`,
    ],
    [
      [/\bwant/i, /\b(?:good|forever|permanently)\b/i],
      String.raw`${I} want (?:it|this|everything|it all|all of it|the pain) (?:all )?to (?:stop|end|be over) (?:for good|forever|permanently)\b`,
    ],
    [
      [/\b(?:die|dead|end|life|living)/i],
      String.raw`${I} (?:can'?t|cannot|can not) (?:go on|keep going|do this) (?:living|anymore|any more)\b[^.!?\n]{0,30}\b(?:die|dead|end|life|living)\b`,
    ],
    [
      [/\b(?:alive|live)\b/i],
      String.raw`${I} (?:don'?t|do not) want to be alive\b|${I} (?:don'?t|do not) deserve to live\b`,
    ],
  ] as const
).map(([needs, source]) => ({ needs, pattern: new RegExp(expand(source), 'gi') }));

/** What after a phrase makes it an idiom ("die of embarrassment", "dying to see it"). */
const IDIOM_AFTER = new RegExp(
  expand(
    String.raw`^(?: (?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|cuteness)| laughing| for (?:a|some|this|that)| to (?:see|try|know|hear|meet|get))`,
  ),
  'i',
);

/** Right before a phrase: it is denied ("I would never kill myself"). */
const NEGATED_BEFORE = new RegExp(
  expand(
    String.raw`\b(?:never|not|n't|won't|wouldn't|don't|didn't|no longer|stopped)(?: (?:ever|really|actually|want to|try to|going to))? $`,
  ),
  'i',
);
/** Phrases that speak of the writer without a pronoun. */
const IMPERSONAL = /better off dead|to live|living|being alive|being here|urge to/i;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine']);

/** Whether `text` speaks of the writer wanting to die or to harm themselves, now. */
export function needsSupport(text: string): boolean {
  if (!/\p{L}/u.test(text)) return false;
  const found: { start: number; end: number; phrase: string }[] = [];
  for (const { needs, pattern } of RISK) {
    if (!needs.every((word) => word.test(text))) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (IDIOM_AFTER.test(text.slice(end, end + 30))) continue;
      if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      found.push({ start, end, phrase: match[0] });
    }
  }
  if (found.length === 0) return false;
  // Only the segments that hold a phrase are read.
  const analysis = analyse(text, (from, to) =>
    found.some(({ start }) => start >= from && start < to),
  );
  const quotes = findQuotes(text);
  return found.some(({ start, end, phrase }) => {
    // Asked is enough ("should I just end it?"): only supposition and others' words are not.
    const clause = clauseAt(analysis, start);
    const own =
      clause && analysis.tokens.slice(clause.from, clause.to).some((t) => FIRST_PERSON.has(t.word));
    // "No reason to live" needs no pronoun: in one's own journal it speaks of oneself.
    if (!own && !IMPERSONAL.test(phrase)) return false;
    return isOwnBelief(analysis, quotes, start, end, { rhetorical: true });
  });
}
