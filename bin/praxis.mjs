#!/usr/bin/env node
// The `praxis` command (package.json "bin"). In a checkout with its development tools it runs the
// sources through tsx (never a stale build); an installation without them runs dist/cli/main.js
// (`npm run build`).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const source = path.join(root, 'src/cli/main.ts');
let tsx = null;
if (existsSync(source)) {
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    tsx = null;
  }
}
if (tsx) {
  tsx.register();
  await import(pathToFileURL(source).href);
} else {
  await import(pathToFileURL(path.join(root, 'dist/cli/main.js')).href);
}
