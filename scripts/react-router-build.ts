import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * React Router as the first page needs it (issue 16, budget 5).
 *
 * - **Its production build.** The package's `exports` name only `dist/development/` (with
 *   `ENABLE_DEV_WARNINGS = true`); the same files built for production sit in
 *   `dist/production/`. A `vite build` resolves `react-router` to those.
 * - **Components the app does not draw are left out.** `NavLink`, `Form` and the fetchers'
 *   form are made with `React.forwardRef(…)` and named by `X.displayName = "X"`; the bundler
 *   cannot know that either has no side effect, so they stayed in the entry chunk with all they
 *   use (form submission, view transitions) though no page imports them. Their `forwardRef`
 *   calls are marked pure and the `displayName` lines (read only by React's developer tools)
 *   dropped, so tree shaking removes what no page imports.
 *
 * If a new release renames these files or lines, the build still works, only larger:
 * `scripts/measure-bundle.mjs` shows it. See docs/decisions/0054-first-page-margin.md.
 */
export function reactRouterBuild(): Plugin {
  const require = createRequire(import.meta.url);
  const development = path.dirname(require.resolve('react-router'));
  const production = path.join(path.dirname(development), 'production');
  return {
    name: 'praxis:react-router-build',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== 'react-router') return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || !resolved.id.startsWith(development + path.sep)) return resolved;
      return { ...resolved, id: path.join(production, path.relative(development, resolved.id)) };
    },
    transform: {
      filter: { id: /[\\/]react-router[\\/]dist[\\/]production[\\/].*\.mjs$/ },
      handler(code) {
        const pure = code
          .replace(/= (React\d*)\.forwardRef\(/g, '= /* @__PURE__ */ $1.forwardRef(')
          .replace(/^\s*[A-Za-z_$][\w$]*\.displayName = "[^"]*";$/gm, '');
        return pure === code ? null : { code: pure, map: null };
      },
    },
  };
}
