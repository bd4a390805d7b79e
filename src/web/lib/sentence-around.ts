/** Markdown's line openers (headings, quotes, list bullets and numbers) that are not words. */
const LINE_OPENER = /^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+/;

/**
 * The sentence of `text` that holds the span [start, end): from the last sentence end (. ! ? or
 * a line break) before it to the next one after it, trimmed, without Markdown line openers or
 * emphasis marks. Used to prefill a belief with the words it was noticed in.
 *
 * @example sentenceAround('Fine. I can't say no to him! Later.', 6, 13) // "I can't say no to him!"
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text.charAt(from - 1))) from -= 1;
  let to = Math.max(end, start);
  while (to < text.length && !/[.!?\n]/.test(text.charAt(to))) to += 1;
  while (to < text.length && /[.!?]/.test(text.charAt(to))) to += 1;
  return text
    .slice(from, to)
    .replace(LINE_OPENER, '')
    .replace(/(\*\*|__|~~|`)/g, '')
    .trim();
}
