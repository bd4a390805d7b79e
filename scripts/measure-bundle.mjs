// Budget 5 of issue 16: how much JavaScript (gzip) the first page loads.
// Reads the Vite manifest of the built web app (dist/web/.vite/manifest.json, written by
// `vite build`) and, for each first page, sums the gzip size of the entry chunk, the chunks
// of that page's route, and everything they import statically (what the browser must fetch
// before the page can draw). Dynamic imports (other pages, dialogs, charts) are not counted.
//
//   node scripts/measure-bundle.mjs          prints a table; exit 1 when over budget
//   node scripts/measure-bundle.mjs --json   prints the figures as JSON
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 150;

/** The app shell, loaded beside every signed-in page (a lazy route of its own). */
const SHELL = 'app/app-shell.tsx';

/** The first pages: the route modules each one loads besides the entry. */
export const FIRST_PAGES = {
  'Today (signed in)': [SHELL, 'features/today/components/today-page.tsx'],
  'Sign in': ['features/auth/components/sign-in-page.tsx'],
  Vision: [SHELL, 'features/aspirations/components/vision-page.tsx'],
  Practices: [SHELL, 'features/practices/components/practices-page.tsx'],
};

function gzipKb(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** The JavaScript files one first page loads: the entry's and the route's static closure. */
export function filesOf(manifest, routeModules) {
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  for (const key of [...entries, ...routeModules]) visit(key);
  return [...seen].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
}

/** Gzip KB of JavaScript per first page of the built tree at `root`. */
export function measureBundle(root) {
  const webDir = path.join(root, 'dist/web');
  const manifestPath = path.join(webDir, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: build first (npm run build).`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return Object.entries(FIRST_PAGES).map(([page, modules]) => {
    const files = filesOf(manifest, modules);
    const kb = files.reduce((sum, f) => sum + gzipKb(path.join(webDir, f)), 0);
    return { page, files: files.length, gzipKb: Math.round(kb * 10) / 10, pass: kb <= BUDGET_KB };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  const rows = measureBundle(root);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    for (const r of rows) {
      const verdict = r.pass ? 'pass' : 'FAIL';
      console.log(
        `${r.page.padEnd(20)} ${String(r.gzipKb).padStart(7)} KB gzip in ${r.files} files (budget ${BUDGET_KB} KB) ${verdict}`,
      );
    }
  }
  // Only the first pages of the budget (Today and Sign in) decide the exit code.
  if (rows.slice(0, 2).some((r) => !r.pass)) process.exitCode = 1;
}
