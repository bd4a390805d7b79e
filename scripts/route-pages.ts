import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

/**
 * One index.html per first page (issue 16, budget 5): `pages/<route>.html` is the app's
 * index.html with a `modulepreload` link for every chunk that page's first drawing needs (the
 * app shell, the page and their static imports, and what the page waits for), so the browser
 * asks for them all at once instead of discovering them wave by wave as modules run. The
 * server answers `/<route>` with it (src/server/http/web.ts); every other address gets
 * index.html. See docs/decisions/0065-first-page-in-one-wave.md.
 */
const SHELL = 'src/web/app/app-shell.tsx';
export const ROUTE_PAGES: Record<string, string[]> = {
  today: [SHELL, 'src/web/features/today/components/today-page.tsx'],
  // Vision waits for all the words (app/routes/page.ts) and draws its values with Zod-checked reads.
  vision: [
    SHELL,
    'src/web/features/aspirations/components/vision-page.tsx',
    'src/web/locales/index.ts',
  ],
  practices: [
    SHELL,
    'src/web/features/practices/components/practices-page.tsx',
    'src/web/locales/index.ts',
  ],
};

export function routePages(): Plugin {
  let root = '';
  return {
    name: 'praxis:route-pages',
    apply: 'build',
    configResolved(config) {
      // The web app's root is src/web; the modules above are named from the repository's.
      root = path.resolve(config.root, '../..');
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return;
        const html = String(index.source);
        const chunks = Object.values(bundle).filter(
          (file): file is Rollup.OutputChunk => file.type === 'chunk',
        );
        const closure = (fileName: string, seen: Set<string>) => {
          if (seen.has(fileName)) return;
          seen.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') for (const name of chunk.imports) closure(name, seen);
        };
        for (const [route, modules] of Object.entries(ROUTE_PAGES)) {
          const files = new Set<string>();
          for (const module of modules) {
            const id = path.join(root, module);
            // A module grouped with others (scripts/first-page-chunks.ts) is not a chunk's facade.
            const chunk =
              chunks.find((c) => c.facadeModuleId === id) ??
              chunks.find((c) => c.moduleIds.includes(id));
            if (!chunk) this.error(`route-pages: no chunk for ${module}`);
            closure(chunk.fileName, files);
          }
          const links = [...files]
            .filter((file) => !html.includes(`/${file}"`))
            .map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`)
            .join('');
          this.emitFile({
            type: 'asset',
            fileName: `pages/${route}.html`,
            source: html.replace('  </head>', `${links}  </head>`),
          });
        }
      },
    },
  };
}
