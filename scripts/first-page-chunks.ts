import path from 'node:path';
import type { Rollup } from 'vite';

type CodeSplitting = Exclude<NonNullable<Rollup.OutputOptions['codeSplitting']>, boolean>;
type NameFunction = Extract<
  NonNullable<CodeSplitting['groups']>[number]['name'],
  (...args: never[]) => unknown
>;
type Context = Parameters<NameFunction>[1];

/**
 * Fewer, larger files for the first page (issue 16, budget 5). Left alone, the bundler makes a
 * chunk for each set of pages that shares a module, so Today came in 43 files — each icon on
 * its own — and over HTTP/1.1's six connections a phone waited a round trip for every few of
 * them. Four groups instead:
 *
 * - `initial`: what the app's entry imports statically (every page of the app loads it anyway);
 * - `shell`: what the app shell imports (every signed-in page loads it anyway);
 * - `today`, then `vision`: what each of these pages imports and shares with other pages (a page
 *   that needs one of them loads them all: a few KB more for it, one file instead of twenty).
 *
 * See docs/decisions/0065-first-page-in-one-wave.md.
 */
export function firstPageChunks(webRoot: string): CodeSplitting {
  const closures = new Map<string, Set<string>>();
  const closureOf = (ctx: Context, module: string) => {
    const id = path.join(webRoot, module);
    let seen = closures.get(id);
    if (seen) return seen;
    seen = new Set<string>();
    const visit = (current: string) => {
      if (seen!.has(current)) return;
      seen!.add(current);
      for (const imported of ctx.getModuleInfo(current)?.importedIds ?? []) visit(imported);
    };
    visit(id);
    closures.set(id, seen);
    return seen;
  };
  // The module itself stays the facade of its own chunk, so the manifest still names it.
  const within = (name: string, module: string) => (id: string, ctx: Context) =>
    // Style sheets stay out: the front door shares the app's, and must not load its scripts.
    id !== path.join(webRoot, module) && !id.endsWith('.css') && closureOf(ctx, module).has(id)
      ? name
      : null;
  return {
    groups: [
      { debugName: 'initial', name: within('initial', 'main.tsx'), priority: 3 },
      { debugName: 'shell', name: within('shell', 'app/app-shell.tsx'), priority: 2 },
      {
        debugName: 'today',
        name: within('today', 'features/today/components/today-page.tsx'),
        priority: 1,
      },
      {
        debugName: 'vision',
        name: within('vision', 'features/aspirations/components/vision-page.tsx'),
        priority: 0,
      },
    ],
  };
}
