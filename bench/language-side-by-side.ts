import path from 'node:path';
import { parseArgs } from 'node:util';
import { WRITTEN } from '../src/core/language/corpus';

/**
 * `npx tsx bench/language-side-by-side.ts --old /work/main [--rounds 12]`: the dense first read
 * (bench/runner/language.ts) of another checkout's detector and this one's, alternating in one
 * process, in texts per CPU second (`process.cpuUsage`): medians of the rounds and their ratio.
 */
const { values } = parseArgs({
  options: {
    old: { type: 'string', default: '/work/main' },
    rounds: { type: 'string', default: '12' },
    every: { type: 'string', default: '1' },
  },
});

type Detector = { run: (text: string) => void };
async function load(root: string): Promise<Detector> {
  const core = path.join(root, 'src/core');
  const { forgetReadings } = await import(path.join(core, 'language/nlp.ts'));
  const { needsSupport } = await import(path.join(core, 'language/support.ts'));
  const { findLimitingLanguage } = await import(path.join(core, 'limiting-language.ts'));
  return {
    run: (text) => {
      forgetReadings();
      findLimitingLanguage(text);
      needsSupport(text);
    },
  };
}

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

const detectors = {
  old: await load(path.resolve(values.old!)),
  new: await load(path.resolve(import.meta.dirname, '..')),
};
const perCpuSecond: Record<string, number[]> = { old: [], new: [] };
for (const detector of Object.values(detectors)) for (const text of texts) detector.run(text);
// Alternating every 64 texts (major collections make single rounds vary by 2×), in either order by turns, spreads garbage collections evenly.
const rounds = Number(values.rounds);
const spentAll = { old: 0, new: 0 };
for (let round = 0; round < rounds; round += 1) {
  const used = { old: 0, new: 0 };
  for (let k = 0; k < 8; k += 1) {
    const order = (round + k) % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
    for (const name of order) {
      const cpu = process.cpuUsage();
      for (const text of texts) detectors[name].run(text);
      const spent = process.cpuUsage(cpu);
      used[name] += spent.user + spent.system;
      spentAll[name] += spent.user + spent.system;
    }
  }
  for (const name of ['old', 'new'] as const)
    perCpuSecond[name]!.push((8 * texts.length) / (used[name] / 1e6));
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
const [before, after] = [median(perCpuSecond.old!), median(perCpuSecond.new!)];
const total = (name: 'old' | 'new') => (8 * texts.length * rounds) / (spentAll[name] / 1e6);
console.log(
  `texts per CPU second over ${rounds} rounds: median old ${Math.round(before)}, new ${Math.round(after)} (×${(after / before).toFixed(2)}); all rounds old ${Math.round(total('old'))}, new ${Math.round(total('new'))} (×${(total('new') / total('old')).toFixed(2)})`,
);
