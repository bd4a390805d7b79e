import { readFileSync } from 'node:fs';
import { rulesSpeakOfRisk } from '../src/core/language/support';
import { speaksOfRisk } from '../src/core/language/risk-concepts';
for (const f of process.argv.slice(2)) {
  const set = JSON.parse(readFileSync(f, 'utf8'));
  for (const c of set.support) if (!c.support && rulesSpeakOfRisk(c.text)) {
    // find the smallest sentence window that still alarms
    const sents = c.text.split(/(?<=[.!?\n])\s+/);
    const hit = sents.filter((s: string) => rulesSpeakOfRisk(s));
    console.log(`- concepts=${speaksOfRisk(c.text)} | ${hit.join(' || ').slice(0, 250) || '(only across sentences)'}`);
  }
}
