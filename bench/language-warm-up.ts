import { parseArgs } from 'node:util';
import { languageCases } from './runner/language';

/**
 * `npx tsx bench/language-warm-up.ts [--seconds 3] [--times 2]`: the cases of
 * `bench/language.ts`, measured `times` times one after the other in one process. The first time
 * is what `npm run bench` reports: a fresh process, whose first case also pays V8's warm-up (code
 * compiled and optimized while it runs, on threads that `process.cpuUsage` counts); the later
 * times show the same cases once the process is warm, as a server's is.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    times: { type: 'string', default: '2' },
  },
});
for (let time = 1; time <= Number(values.times); time += 1) {
  console.warn(`time ${time}:`);
  languageCases(Number(values.seconds));
}
