/**
 * The corpus report: per-kind precision, recall and F1 on the corpus as written, in its derived
 * real forms and on the held-out part, the false-alarm rate on long neutral texts, and the safety
 * net's recall and false alarms. `npm run language:report` writes it to
 * `docs/limiting-language.md`; the corpus test asserts floors on the same figures.
 */
import {
  DERIVED,
  HELD_OUT,
  HELD_OUT_2,
  HELD_OUT_2_NEUTRAL,
  HELD_OUT_2_SUPPORT,
  HELD_OUT_3,
  HELD_OUT_3_NEUTRAL,
  HELD_OUT_3_SUPPORT,
  HELD_OUT_4,
  HELD_OUT_4_NEUTRAL,
  HELD_OUT_4_SUPPORT,
  LONG_NEUTRAL,
  REAL_FORMS,
  REAL_FORMS_NEUTRAL,
  REAL_FORMS_SUPPORT,
  SUPPORT_CASES,
  WRITTEN,
} from './corpus';
import { evaluate, evaluateSupport, falseAlarmRate, table } from './evaluate';

/** The figures and their Markdown. */
export function languageReport() {
  const written = evaluate(WRITTEN);
  const derived = evaluate(DERIVED);
  const heldOut = evaluate(HELD_OUT);
  const longRate = falseAlarmRate(LONG_NEUTRAL);
  const support = evaluateSupport(SUPPORT_CASES);
  const real = evaluate(REAL_FORMS);
  const realRate = falseAlarmRate(REAL_FORMS_NEUTRAL);
  const realSupport = evaluateSupport(REAL_FORMS_SUPPORT);
  const heldOut2 = evaluate(HELD_OUT_2);
  const heldOut2Rate = falseAlarmRate(HELD_OUT_2_NEUTRAL);
  const heldOut2Support = evaluateSupport(HELD_OUT_2_SUPPORT);
  const heldOut3 = evaluate(HELD_OUT_3);
  const heldOut3Rate = falseAlarmRate(HELD_OUT_3_NEUTRAL);
  const heldOut3Support = evaluateSupport(HELD_OUT_3_SUPPORT);
  const heldOut4 = evaluate(HELD_OUT_4);
  const heldOut4Rate = falseAlarmRate(HELD_OUT_4_NEUTRAL);
  const heldOut4Support = evaluateSupport(HELD_OUT_4_SUPPORT);
  /** What the rules and the reader each notice alone, and the calm texts each alarms. */
  const byReading = (cases: typeof HELD_OUT_3_SUPPORT) => {
    const rules = evaluateSupport(cases, 'rules');
    const reader = evaluateSupport(cases, 'reader');
    return `By reading: the rules alone ${rules.recall.toFixed(3)} (${rules.falseAlarms} false alarms), the reader alone ${reader.recall.toFixed(3)} (${reader.falseAlarms}).`;
  };
  const supportLine = (s: ReturnType<typeof evaluateSupport>) =>
    `Safety net: recall on first-person risk ${s.recall.toFixed(3)} (${s.risk} texts); false alarms on idioms and others' stories: ${s.falseAlarms} of ${s.calm}.`;
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
    table(
      "Real forms, thirty-four sets written blind, then tuned against (the safety net's reader trained on them)",
      REAL_FORMS.length,
      real,
    ),
    `False-alarm rate on their neutral texts (any finding): ${(realRate * 100).toFixed(1)} % of ${REAL_FORMS_NEUTRAL.length}. ${supportLine(realSupport)}`,
    table(
      'Held-out 2, written blind after the rules, never tuned against',
      HELD_OUT_2.length,
      heldOut2,
    ),
    `False-alarm rate on its neutral texts (any finding): ${(heldOut2Rate * 100).toFixed(1)} % of ${HELD_OUT_2_NEUTRAL.length}. ${supportLine(heldOut2Support)} ${byReading(HELD_OUT_2_SUPPORT)}`,
    table(
      "Held-out 3, written blind after the safety net's reader, never tuned against",
      HELD_OUT_3.length,
      heldOut3,
    ),
    `False-alarm rate on its neutral texts (any finding): ${(heldOut3Rate * 100).toFixed(1)} % of ${HELD_OUT_3_NEUTRAL.length}. ${supportLine(heldOut3Support)} ${byReading(HELD_OUT_3_SUPPORT)}`,
    table(
      'Held-out 4, written blind after the fourteenth round, never tuned against',
      HELD_OUT_4.length,
      heldOut4,
    ),
    `False-alarm rate on its neutral texts (any finding): ${(heldOut4Rate * 100).toFixed(1)} % of ${HELD_OUT_4_NEUTRAL.length}. ${supportLine(heldOut4Support)} ${byReading(HELD_OUT_4_SUPPORT)}`,
  ].join('\n\n');
  return {
    markdown,
    written,
    derived,
    heldOut,
    longRate,
    support,
    real,
    realRate,
    realSupport,
    heldOut2,
    heldOut2Rate,
    heldOut2Support,
    heldOut3,
    heldOut3Rate,
    heldOut3Support,
    heldOut4,
    heldOut4Rate,
    heldOut4Support,
  };
}
