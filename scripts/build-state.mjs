// Whether the built tree (dist/) is missing or older than what it is built from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'src',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'scripts/build-server.mjs',
];
const BUILT = ['dist/server/main.js', 'dist/web/index.html', 'dist/ssr/server-render.js'];

function newest(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(file)) {
    // Tests are not part of what is built.
    if (!/\.test\.tsx?$/.test(entry)) latest = Math.max(latest, newest(path.join(file, entry)));
  }
  return latest;
}

/** True when dist/ is missing or a source file changed after it was built. */
export function buildIsStale(root) {
  const built = BUILT.map((f) => path.join(root, f));
  if (!built.every((f) => existsSync(f))) return true;
  const builtAt = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return SOURCES.some((s) => newest(path.join(root, s)) > builtAt);
}
