import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIsStale } from '../scripts/build-state.mjs';
import { webVitals } from './runner/web';

/**
 * `npx tsx bench/web.ts [--runs 3]`: LCP, FCP and TBT of Today and Vision in Chromium, and the
 * JavaScript they fetched (budget 5 of issue 16; `npm run bench` runs it too). Needs a build.
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const root = path.resolve(import.meta.dirname, '..');
if (buildIsStale(root)) throw new Error('The build is missing or stale: run npm run build first.');
for (const r of await webVitals(root, Number(values.runs))) {
  console.log(
    `${r.page.padEnd(8)} ${r.profile.padEnd(36)} LCP ${String(r.lcpMs).padStart(7)} ms  FCP ${String(r.fcpMs).padStart(7)} ms  TBT ${String(r.tbtMs).padStart(6)} ms  script ${r.scriptMs ?? '-'} ms  JS ${r.jsFiles} files, ${r.jsTransferredKb} KB transferred${r.score === undefined ? '' : `  Lighthouse ${r.score}`}`,
  );
}
