import { parseArgs } from 'node:util';
import { languageCases } from './runner/language';
import { printTable } from './runner/table';

/**
 * `npx tsx bench/language.ts [--seconds 3] [--warm-up 2]`: the limiting-language detector and the
 * safety net on texts of 1,000 characters (issue 13's budget; `npm run bench` runs it too), after
 * `--warm-up` seconds of the same work (`--warm-up 0`: a fresh process's first seconds).
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    'warm-up': { type: 'string', default: '2' },
  },
});
const results = languageCases(Number(values.seconds), Number(values['warm-up']));
printTable(results);
if (results.some((r) => !r.pass)) process.exitCode = 1;
