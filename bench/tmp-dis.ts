import { readFileSync } from 'node:fs';
import { evaluate } from '../src/core/language/evaluate';
const set = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
for (const d of evaluate([...set.limiting, ...set.neutral]).disagreements) console.log('-', d.slice(0, 330));
