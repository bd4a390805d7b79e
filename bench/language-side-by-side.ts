import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

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

if (values.worker) await serve(values.worker);
else await compare();

/** The bench's texts, of this checkout's corpus (read by the parent only, sent to each worker). */
async function benchTexts(): Promise<string[]> {
  const { WRITTEN } = await import('../src/core/language/corpus');
  const limiting = WRITTEN.filter((s) => s.kinds.length > 0).map((s) => s.text);
  const neutral = WRITTEN.filter((s) => s.kinds.length === 0).map((s) => s.text);
  const every = Number(values.every);
  return Array.from({ length: 64 }, (_, n) => {
    let text = '';
    for (let i = n * 7; text.length < 1_000; i += 1) {
      const from = i % every === 0 ? limiting : neutral;
      text += `${from[(i * 13) % from.length]} `;
    }
    return text.slice(0, 1_000);
  });
}

/**
 * A worker: loads the detector of one checkout and nothing else of another, takes the texts in
 * its first message, then reads them once for each message after it.
 */
async function serve(root: string) {
  const core = path.join(root, 'src/core');
  const { forgetReadings } = await import(path.join(core, 'language/nlp.ts'));
  const { needsSupport } = await import(path.join(core, 'language/support.ts'));
  const { findLimitingLanguage } = await import(path.join(core, 'limiting-language.ts'));
  let texts: string[] = [];
  const read = () => {
    for (const text of texts) {
      forgetReadings();
      findLimitingLanguage(text);
      needsSupport(text);
    }
  };
  process.on('message', (message: string[] | 'read') => {
    if (message !== 'read') {
      texts = message;
      read();
      process.send!('ready');
      return;
    }
    const cpu = process.cpuUsage();
    read();
    const spent = process.cpuUsage(cpu);
    process.send!(spent.user + spent.system);
  });
  process.send!('loaded');
}

async function compare() {
  const texts = await benchTexts();
  const children: ChildProcess[] = [];
  /** The next message of a worker, or an error if it exits or fails first. */
  const answer = <T>(child: ChildProcess, send?: unknown) =>
    new Promise<T>((resolve, reject) => {
      const failed = (why: unknown) => reject(new Error(`a worker stopped: ${String(why)}`));
      child.once('message', (message) => {
        child.off('exit', failed).off('error', failed);
        resolve(message as T);
      });
      child.once('exit', failed).once('error', failed);
      if (send !== undefined) child.send(send as string);
    });
  const start = async (root: string) => {
    const child = fork(import.meta.filename, ['--worker', root], { execArgv: ['--import', 'tsx'] });
    children.push(child);
    await answer(child);
    await answer(child, texts);
    return child;
  };
  try {
    const workers = {
      old: await start(path.resolve(values.old!)),
      new: await start(path.resolve(import.meta.dirname, '..')),
    };
    await measure(texts.length, (name) => answer<number>(workers[name], 'read'));
  } finally {
    for (const child of children) child.kill();
  }
}

/** Passes of both workers in turn, and the table line of their rates. */
async function measure(count: number, pass: (name: 'old' | 'new') => Promise<number>) {
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
      perCpuSecond[name]!.push((8 * count) / (used[name] / 1e6));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
  const [before, after] = [median(perCpuSecond.old!), median(perCpuSecond.new!)];
  const total = (name: 'old' | 'new') => (8 * count * rounds) / (spentAll[name] / 1e6);
  console.log(
    `texts per CPU second over ${rounds} rounds: median old ${Math.round(before)}, new ${Math.round(after)} (×${(after / before).toFixed(2)}); all rounds old ${Math.round(total('old'))}, new ${Math.round(total('new'))} (×${(total('new') / total('old')).toFixed(2)})`,
  );
}
