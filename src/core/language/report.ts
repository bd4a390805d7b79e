/**
 * The corpus report: per-kind precision, recall and F1 on the corpus as written, in its derived
 * real forms and on the held-out part, the false-alarm rate on long neutral texts, and the safety
 * net's recall and false alarms. `npm run language:report` writes it to
 * `docs/limiting-language.md`; the corpus test asserts floors on the same figures.
 */
import { DERIVED, HELD_OUT, LONG_NEUTRAL, SUPPORT_CASES, WRITTEN } from './corpus';
import { evaluate, evaluateSupport, falseAlarmRate, table } from './evaluate';

/** The figures and their Markdown. */
export function languageReport() {
  const written = evaluate(WRITTEN);
  const derived = evaluate(DERIVED);
  const heldOut = evaluate(HELD_OUT);
  const longRate = falseAlarmRate(LONG_NEUTRAL);
  const support = evaluateSupport(SUPPORT_CASES);
  const markdown = [
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
  return { markdown, written, derived, heldOut, longRate, support };
}
