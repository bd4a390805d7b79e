/**
 * The pattern shorthand of the limiting-language rules: `'` stands for any apostrophe (straight or
 * typographic) and a space for any run of whitespace within a line (a line break ends a
 * sentence, as in a list of notes).
 */

const APOSTROPHE = "['’ʼ‘`´]";

/**
 * A pattern source in the shorthand, as a plain regular-expression source. Typed forms come with
 * it: "'ll" without its apostrophe ("ill never", "youll") and "gonna" for "going to".
 */
export const expand = (source: string) =>
  source
    .replaceAll("'ll", "'?ll")
    .replaceAll('going to', '(?:going to|gonna)')
    .replaceAll("'", APOSTROPHE)
    .replaceAll(' ', String.raw`[^\S\n]+`);
/** Every match in a text, case-insensitive (a `g` pattern: reset `lastIndex` before a scan). */
export const global = (source: string) => new RegExp(expand(source), 'gi');
/** Tested against the text right after a match. */
export const after = (source: string) => new RegExp(`^(?:${expand(source)})`, 'i');
/** Somewhere in a text, case-insensitive. */
export const anywhere = (source: string) => new RegExp(expand(source), 'i');
