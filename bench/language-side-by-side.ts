import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WRITTEN } from '../src/core/language/corpus';

/**
 * `npx tsx bench/language-side-by-side.ts --old /work/main [--rounds 12] [--every 4]`: the dense
 * first read (bench/runner/language.ts) of another checkout's detector and this one's, in texts
 * per CPU second (`process.cpuUsage`): medians of the rounds and their ratio.
 *
 * Each detector reads in a process of its own, the two taking turns pass by pass, so that the
 * machine's load falls on both alike. (Both in one process, the one loaded second read 15–25 %
 * slower whichever it was — wink-nlp's code, shared by the two, is tuned by the first — so a
 * comparison in one process showed the order of loading more than the change.)
 */
const { values } = parseArgs({
  options: {
    old: { type: 'string', default: '/work/main' },
    rounds: { type: 'string', default: '12' },
    every: { type: 'string', default: '1' },
    worker: { type: 'string' },
  },
});

const limiting = WRITTEN.filter((s) => s.kinds.length > 0).map((s) => s.text);
const neutral = WRITTEN.filter((s) => s.kinds.length === 0).map((s) => s.text);
const every = Number(values.every);
const texts = Array.from({ length: 64 }, (_, n) => {
  let text = '';
  for (let i = n * 7; text.length < 1_000; i += 1) {
    const from = i % every === 0 ? limiting : neutral;
    text += `${from[(i * 13) % from.length]} `;
  }
  return text.slice(0, 1_000);
});

if (values.worker) await serve(values.worker);
else await compare();

/** A worker: loads the detector of one checkout, then reads the texts once for each message. */
async function serve(root: string) {
  const core = path.join(root, 'src/core');
  const { forgetReadings } = await import(path.join(core, 'language/nlp.ts'));
  const { needsSupport } = await import(path.join(core, 'language/support.ts'));
  const { findLimitingLanguage } = await import(path.join(core, 'limiting-language.ts'));
  const read = () => {
    for (const text of texts) {
      forgetReadings();
      findLimitingLanguage(text);
      needsSupport(text);
    }
  };
  read();
  process.on('message', () => {
    const cpu = process.cpuUsage();
    read();
    const spent = process.cpuUsage(cpu);
    process.send!(spent.user + spent.system);
  });
  process.send!('ready');
}

async function compare() {
  const start = (root: string) => {
    const child = fork(import.meta.filename, ['--worker', root, '--every', String(every)], {
      execArgv: ['--import', 'tsx'],
    });
    return new Promise<ChildProcess>((resolve) => child.once('message', () => resolve(child)));
  };
  const workers = {
    old: await start(path.resolve(values.old!)),
    new: await start(path.resolve(import.meta.dirname, '..')),
  };
  const pass = (name: 'old' | 'new') =>
    new Promise<number>((resolve) => {
      workers[name].once('message', (spent) => resolve(spent as number));
      workers[name].send('read');
    });
  const perCpuSecond: Record<string, number[]> = { old: [], new: [] };
  const rounds = Number(values.rounds);
  const spentAll = { old: 0, new: 0 };
  for (let round = 0; round < rounds; round += 1) {
    const used = { old: 0, new: 0 };
    // Eight passes a round, in either order by turns (major collections make single passes vary).
    for (let k = 0; k < 8; k += 1) {
      const order = (round + k) % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
      for (const name of order) {
        const spent = await pass(name);
        used[name] += spent;
        spentAll[name] += spent;
      }
    }
    for (const name of ['old', 'new'] as const)
      perCpuSecond[name]!.push((8 * texts.length) / (used[name] / 1e6));
  }
  for (const worker of Object.values(workers)) worker.kill();
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
  const [before, after] = [median(perCpuSecond.old!), median(perCpuSecond.new!)];
  const total = (name: 'old' | 'new') => (8 * texts.length * rounds) / (spentAll[name] / 1e6);
  console.log(
    `texts per CPU second over ${rounds} rounds: median old ${Math.round(before)}, new ${Math.round(after)} (×${(after / before).toFixed(2)}); all rounds old ${Math.round(total('old'))}, new ${Math.round(total('new'))} (×${(total('new') / total('old')).toFixed(2)})`,
  );
}
