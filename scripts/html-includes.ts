import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** A whole line `<!-- include ./partials/head.html -->`, with its indentation. */
const INCLUDE = /^([ \t]*)<!--\s*include\s+(\S+)\s*-->[ \t]*$/gm;

/** A word of the locale files, `{{t frontDoor.hero.title}}`: its file is `locales/en/frontDoor.json`. */
const WORD = /\{\{t ([a-zA-Z]+)((?:\.[a-zA-Z0-9]+)+)\}\}/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** The text of a word in `locales/en/<file>.json` beside `page`, escaped for HTML; a missing one stops the build. */
function word(page: string, file: string, dotted: string) {
  const words: unknown = JSON.parse(
    readFileSync(path.resolve(path.dirname(page), 'locales/en', `${file}.json`), 'utf8'),
  );
  const text = dotted
    .slice(1)
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      words,
    );
  if (typeof text !== 'string') throw new Error(`${page}: no word ${file}${dotted}`);
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** The text of `file` (relative to `page`), indented as the line that asked for it. */
function included(page: string, file: string, indent: string) {
  const text = readFileSync(path.resolve(path.dirname(page), file), 'utf8').trimEnd();
  return text
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
}

/**
 * Pieces of HTML shared by the web app's pages (`src/web/partials/`): a line
 * `<!-- include ./partials/head.html -->` in a page becomes that file, before Vite reads the page
 * (in the build and the dev server alike). One level deep: a partial does not include others.
 * The app's index.html and the static front door share their head this way, and the front
 * door's drawings live in their own files. Then each `{{t frontDoor.hero.title}}` becomes that
 * word of `src/web/locales/en/frontDoor.json`, so the static front door's words live with the
 * app's other words and the page stays plain HTML, drawn at once.
 */
export function htmlIncludes(): Plugin {
  return {
    name: 'praxis:html-includes',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, { filename }) =>
        html
          .replace(INCLUDE, (_line, indent: string, file: string) =>
            included(filename, file, indent),
          )
          .replace(WORD, (_word, file: string, dotted: string) => word(filename, file, dotted)),
    },
  };
}
