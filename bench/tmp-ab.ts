import { languageTexts } from './runner/language';
import * as A from '../../wt/base/src/core/language/support-reader';
import * as An from '../../wt/base/src/core/language/nlp';
import * as B from '../src/core/language/support-reader';
import * as Bn from '../src/core/language/nlp';
const dense = languageTexts(1);
const runs = { A: 0, B: 0 }, cpu = { A: 0, B: 0 };
const one = (k: 'A' | 'B') => {
  const c = process.cpuUsage();
  for (let i = 0; i < 64; i++) {
    if (k === 'A') { An.forgetReadings(); A.readerScore(dense[i]!); } else { Bn.forgetReadings(); B.readerScore(dense[i]!); }
  }
  const u = process.cpuUsage(c); cpu[k] += u.user + u.system; runs[k] += 64;
};
for (let i = 0; i < 20; i++) { one('A'); one('B'); }
runs.A = runs.B = cpu.A = cpu.B = 0;
for (let r = 0; r < 300; r++) { if (r % 2) { one('A'); one('B'); } else { one('B'); one('A'); } }
for (let i = 0; i < 64; i++) if (A.readerScore(dense[i]!) !== B.readerScore(dense[i]!)) throw new Error('differ');
console.log(`base ${(cpu.A / runs.A).toFixed(0)} µs  new ${(cpu.B / runs.B).toFixed(0)} µs`);
