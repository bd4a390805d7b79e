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
  outsideClasses(source, (part) =>
    part
      .replaceAll("'ll", "'?ll")
      .replaceAll('going to', '(?:going to|gonna)')
      .replaceAll("'", APOSTROPHE)
      .replaceAll(' ', String.raw`[^\S\n]+`),
  );

/**
 * `source` with `change` made to its text outside character classes: a `'` or a space written
 * inside `[…]` stays as written (the shorthand would otherwise put a class inside a class).
 */
function outsideClasses(source: string, change: (part: string) => string): string {
  let out = '';
  let from = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (!inClass && char === '[') {
      out += change(source.slice(from, i));
      from = i;
      inClass = true;
    } else if (inClass && char === ']') {
      out += source.slice(from, i + 1);
      from = i + 1;
      inClass = false;
    }
  }
  return out + (inClass ? source.slice(from) : change(source.slice(from)));
}
/** Every match in a text, case-insensitive (a `g` pattern: reset `lastIndex` before a scan). */
export const global = (source: string) => new RegExp(expand(source), 'gi');
/** Tested against the text right after a match. */
export const after = (source: string) => new RegExp(`^(?:${expand(source)})`, 'i');
/** Somewhere in a text, case-insensitive. */
export const anywhere = (source: string) => new RegExp(expand(source), 'i');
