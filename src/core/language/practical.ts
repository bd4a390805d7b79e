/**
 * "I can't" as a practical limit rather than a belief about oneself: money, body, time and
 * logistics ("I can't afford therapy", "I can't lift it", "I can't take them because of my
 * heart"), read from the verb after it and the words of its sentence.
 */
import type { Analysis } from './nlp';
import { CONSTRAINT, HOPELESS, PRACTICAL } from './words';

const CANT = /\b(?:can['’ʼ]?t|cannot|can not)\b/i;
/** What after a practical verb makes it a belief again ("make friends", "get better"). */
const BELIEF_OBJECTS = new Set(
  'friends better on over through past anywhere anything everything myself forward out right progress ahead anyone anybody people'.split(
    ' ',
  ),
);
/** "I can't make the nightmares stop": making something change is no practical limit. */
const MADE_TO = new Set('stop end change better listen understand happen work go care'.split(' '));
const MOMENT =
  /\b(?:right now|at the moment|this (?:week|month|year|time)|because of|until|yet)\b/i;
const REACH = 14;
/** A lack of something, then "so", right before "I can't" ("I don't have a car so …"). */
const LACK_SO =
  /\b(?:(?:do|does)(?:n['’ʼ]?t| not) have|have(?:n['’ʼ]?t| not) got|(?:have|has|there['’ʼ]?s|there is) no)\b[^.!?\n]{0,40}\b(?:so|which means|that means)\s*$/i;

/** Whether the powerlessness phrase at `start…end` is "I can't" about a practical limit. */
export function isPracticalLimit(analysis: Analysis, start: number, end: number): boolean {
  const { text, tokens } = analysis;
  if (!CANT.test(text.slice(start, end))) return false;
  let i = tokens.findIndex((t) => t.start >= end);
  if (i < 0) return false;
  const sentence = tokens[i]!.sentence;
  const last = Math.min(tokens.length, i + REACH);
  let rest = i;
  while (rest < last && tokens[rest]!.sentence === sentence) rest += 1;
  for (let j = i; j < rest; j += 1) if (HOPELESS.has(tokens[j]!.word)) return false;
  while (i < rest && ['ADV', 'PART'].includes(tokens[i]!.pos)) i += 1;
  const verb = tokens[i];
  const object = tokens[i + 1];
  if (verb && PRACTICAL.has(verb.lemma)) {
    const belief =
      object !== undefined &&
      (BELIEF_OBJECTS.has(object.word) ||
        (verb.lemma === 'make' &&
          (object.word === 'it' || tokens.slice(i + 1, i + 5).some((t) => MADE_TO.has(t.word)))));
    if (!belief || verb.lemma === 'afford') return true;
  }
  for (let j = i; j < rest; j += 1) if (CONSTRAINT.has(tokens[j]!.word)) return true;
  // "I don't have a car so I can't …": a lack named just before, as the reason.
  const first = tokens.findIndex((t) => t.sentence === sentence);
  if (first >= 0 && LACK_SO.test(text.slice(tokens[first]!.start, start))) return true;
  const tail = tokens[rest - 1];
  return tail !== undefined && MOMENT.test(text.slice(end, tail.end));
}
