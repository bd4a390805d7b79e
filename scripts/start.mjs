// `npm start`: builds only when dist/ is missing or older than the sources, then runs the server.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildIsStale } from './build-state.mjs';

const root = path.resolve(import.meta.dirname, '..');
if (buildIsStale(root)) {
  console.warn('Building (dist/ is missing or older than the sources)…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
await import(path.join(root, 'dist/server/main.js'));
