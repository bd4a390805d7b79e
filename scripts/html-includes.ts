import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** A whole line `<!-- include ./partials/head.html -->`, with its indentation. */
const INCLUDE = /^([ \t]*)<!--\s*include\s+(\S+)\s*-->[ \t]*$/gm;

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
 * door's drawings live in their own files.
 */
export function htmlIncludes(): Plugin {
  return {
    name: 'praxis:html-includes',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, { filename }) =>
        html.replace(INCLUDE, (_line, indent: string, file: string) =>
          included(filename, file, indent),
        ),
    },
  };
}
