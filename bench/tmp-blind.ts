import { readFileSync, writeFileSync } from 'node:fs';
import { evaluate, evaluateSupport, falseAlarmRate, table } from '../src/core/language/evaluate';
const file = process.argv[2]!;
const set = JSON.parse(readFileSync(file, 'utf8'));
const all = [...set.limiting, ...set.neutral];
const ev = evaluate(all);
console.log(table(file, all.length, ev));
const long = set.neutral.filter((s: { text: string }) => s.text.length > 400).map((s: { text: string }) => s.text);
console.log(`neutral false alarms ${(falseAlarmRate(set.neutral.map((s: { text: string }) => s.text)) * 100).toFixed(1)} % of ${set.neutral.length}; long neutral (>400) ${(falseAlarmRate(long) * 100).toFixed(1)} % of ${long.length}`);
const out: Record<string, unknown> = { ev: ev.overall };
for (const reading of ['rules', 'reader', 'either'] as const) {
  const s = evaluateSupport(set.support, reading);
  console.log(`safety net ${reading}: recall ${s.recall.toFixed(3)} of ${s.risk}; false alarms ${s.falseAlarms} of ${s.calm}`);
  out[reading] = s;
}
writeFileSync(file.replace(/\.json$/, '.measured.json'), JSON.stringify(out, null, 1));
