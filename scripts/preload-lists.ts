import type { Plugin, Rollup } from 'vite';

/**
 * Shorter preload lists (issue 16, budget 5). Before a chunk imports another one lazily, Vite
 * preloads that chunk's static imports; the list of their file names is written into the
 * importing chunk (`__vite__mapDeps`). A file the importing chunk itself imports statically is
 * already loaded by the time its code runs, so naming it again only adds bytes — to the entry
 * chunk most of all, which names the lazy pages' files for every route. This leaves those
 * files out of the lists written into JavaScript; the HTML's `modulepreload` links are not
 * touched. See docs/decisions/0054-first-page-margin.md.
 */
export function preloadLists(): Plugin {
  let bundle: Rollup.OutputBundle | undefined;
  /** The files a chunk loads before it runs: its static imports and theirs. */
  const loadedWith = new Map<string, Set<string>>();

  function staticClosure(fileName: string) {
    const known = loadedWith.get(fileName);
    if (known) return known;
    const seen = new Set<string>();
    const visit = (name: string) => {
      const chunk = bundle?.[name];
      if (seen.has(name) || chunk?.type !== 'chunk') return;
      seen.add(name);
      for (const imported of chunk.imports) visit(imported);
    };
    visit(fileName);
    loadedWith.set(fileName, seen);
    return seen;
  }

  return {
    name: 'praxis:preload-lists',
    apply: 'build',
    config() {
      return {
        build: {
          modulePreload: {
            resolveDependencies(_file, deps, { hostId, hostType }) {
              if (hostType !== 'js' || !bundle?.[hostId]) return deps;
              const loaded = staticClosure(hostId);
              return deps.filter((dep) => !loaded.has(dep));
            },
          },
        },
      };
    },
    generateBundle: {
      // Before Vite's own generateBundle writes the lists, so they can be read from here.
      order: 'pre',
      handler(_options, output) {
        bundle = output;
        loadedWith.clear();
      },
    },
  };
}
