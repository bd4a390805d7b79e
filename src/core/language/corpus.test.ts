import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITING_KINDS } from '../limiting-language';
import { LIMITING_LANGUAGE_FIXTURES } from '../limiting-language.fixtures';
import { DERIVED, HELD_OUT, LONG_NEUTRAL, SUPPORT_CASES, WRITTEN } from './corpus';
import { evaluate, evaluateSupport, falseAlarmRate, table } from './evaluate';

const written = evaluate(WRITTEN);
const derived = evaluate(DERIVED);
const heldOut = evaluate(HELD_OUT);
const longRate = falseAlarmRate(LONG_NEUTRAL);
const support = evaluateSupport(SUPPORT_CASES);

const report = [
  table('Hand-labelled corpus, as written', WRITTEN.length, written),
  table(
    'The same, lower case without full stops, and with apostrophes dropped',
    DERIVED.length,
    derived,
  ),
  table('Held-out, written after the token rules', HELD_OUT.length, heldOut),
  `### Long neutral texts\n\n${LONG_NEUTRAL.length} texts of over 2,000 characters; false-alarm rate (any finding): ${(longRate * 100).toFixed(1)} %.`,
  `### Safety net (held-out)\n\nRecall on first-person risk: ${support.recall.toFixed(3)} (${support.risk} texts); false alarms on idioms and others' stories: ${support.falseAlarms} of ${support.calm}.`,
].join('\n\n');

describe('limiting language on the full corpus', () => {
  it('is at least three times the earlier corpus', () => {
    const size = WRITTEN.length + DERIVED.length + HELD_OUT.length;
    expect(size).toBeGreaterThanOrEqual(3 * LIMITING_LANGUAGE_FIXTURES.length);
  });

  it('reports precision, recall and F1 per kind, held out and on long neutral texts', () => {
    // eslint-disable-next-line no-console -- the scores are this test's report
    console.log(
      `${report}\n\nHeld-out disagreements:\n${heldOut.disagreements.join('\n')}\n\nSafety missed: ${support.missed.join(' | ')}\nSafety alarms: ${support.alarms.join(' | ')}`,
    );
    if (process.env.LANGUAGE_REPORT) writeFileSync(process.env.LANGUAGE_REPORT, `${report}\n`);
    expect(written.overall.f1).toBeGreaterThanOrEqual(0.85);
    expect(derived.overall.f1).toBeGreaterThanOrEqual(0.8);
    for (const kind of LIMITING_KINDS) expect(heldOut.perKind[kind].f1).toBeGreaterThanOrEqual(0.5);
    expect(longRate).toBeLessThanOrEqual(0.3);
  });

  it('notices first-person risk and never fires on the idioms and stories of the corpus', () => {
    expect(support.recall).toBeGreaterThanOrEqual(0.9);
    expect(support.alarms).toEqual([]);
  });
});
