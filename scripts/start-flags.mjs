// The Node flags `npm start` gives the server: package.json's `start` script is their one home
// (decisions 0058 and 0071). The bench starts the built server with them, and a test checks that
// the Node in use accepts every one (a V8 flag a later Node drops would stop the server starting).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function startFlags(root) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}
