import { languageTexts } from './runner/language';
import { forgetReadings } from '../src/core/language/nlp';
import { needsSupport, rulesSpeakOfRisk } from '../src/core/language/support';
import { readerScore } from '../src/core/language/support-reader';
import { findLimitingLanguage } from '../src/core/limiting-language';
const dense = languageTexts(1);
const parts: [string, (t: string) => unknown][] = [
  ['limiting', findLimitingLanguage],
  ['rules', rulesSpeakOfRisk],
  ['reader', (t) => readerScore(t)],
  ['both', (t) => (findLimitingLanguage(t), needsSupport(t))],
  ['lim+rules', (t) => (findLimitingLanguage(t), rulesSpeakOfRisk(t))],
  ['lim+reader', (t) => (findLimitingLanguage(t), readerScore(t))],
  ['rules+reader', (t) => (rulesSpeakOfRisk(t), readerScore(t))],
];
for (let round = 0; round < 3; round++) {
  const out: string[] = [];
  for (const [name, f] of parts) {
    let n = 0;
    const c = process.cpuUsage();
    const t0 = performance.now();
    while (performance.now() - t0 < 2000) { forgetReadings(); f(dense[n++ % 64]!); }
    const u = process.cpuUsage(c);
    out.push(`${name} ${((u.user + u.system) / n).toFixed(0)} µs`);
  }
  console.log(out.join('  '));
}
