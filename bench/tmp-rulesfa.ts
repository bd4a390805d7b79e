import { readFileSync } from 'node:fs';
import { rulesSpeakOfRisk } from '../src/core/language/support';
for (const f of process.argv.slice(2)) {
  const set = JSON.parse(readFileSync(f, 'utf8'));
  for (const c of set.support) if (!c.support && rulesSpeakOfRisk(c.text)) console.log('-', c.text.slice(0, 400));
}
