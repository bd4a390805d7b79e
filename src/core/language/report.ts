/**
 * The corpus report: per-kind precision, recall and F1 on the corpus as written, in its derived
 * real forms and on the held-out part, the false-alarm rate on long neutral texts, and the safety
 * net's recall and false alarms. `npm run language:report` writes it to
 * `docs/limiting-language.md`; the corpus test asserts floors on the same figures.
 */
import {
  BLIND_HELD_OUT,
  type BlindSet,
  DERIVED,
  HELD_OUT,
  LONG_NEUTRAL,
  REAL_FORMS,
  REAL_FORMS_NEUTRAL,
  REAL_FORMS_SUPPORT,
  SUPPORT_CASES,
  type SupportCase,
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
  /** What the rules and the reader each notice alone, and the calm texts each alarms. */
  const byReading = (cases: readonly SupportCase[]) => {
    const rules = evaluateSupport(cases, 'rules');
    const reader = evaluateSupport(cases, 'reader');
    return `By reading: the rules alone ${rules.recall.toFixed(3)} (${rules.falseAlarms} false alarms), the reader alone ${reader.recall.toFixed(3)} (${reader.falseAlarms}).`;
  };
  const supportLine = (s: ReturnType<typeof evaluateSupport>) =>
    `Safety net: recall on first-person risk ${s.recall.toFixed(3)} (${s.risk} texts); false alarms on idioms and others' stories: ${s.falseAlarms} of ${s.calm}.`;
  const measured = (set: BlindSet) => ({
    limiting: evaluate(set.texts),
    neutralRate: falseAlarmRate(set.neutral),
    support: evaluateSupport(set.support),
  });
  const blind = mapValues(BLIND_HELD_OUT, measured);
  const blindSections = Object.entries(BLIND_HELD_OUT).map(([name, set]) => {
    const { limiting, neutralRate, support } = blind[name as keyof typeof blind];
    return [
      table(set.title, set.texts.length, limiting),
      `False-alarm rate on its neutral texts (any finding): ${(neutralRate * 100).toFixed(1)} % of ${set.neutral.length}. ${supportLine(support)} ${byReading(set.support)}`,
    ];
  });
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
      "Real forms, forty-six sets written blind, then tuned against (the safety net's reader trained on them)",
      REAL_FORMS.length,
      real,
    ),
    `False-alarm rate on their neutral texts (any finding): ${(realRate * 100).toFixed(1)} % of ${REAL_FORMS_NEUTRAL.length}. ${supportLine(realSupport)}`,
    ...blindSections.flat(),
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
    blind,
  };
}

const mapValues = <K extends string, V, W>(record: Record<K, V>, f: (value: V) => W) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as V)])) as Record<K, W>;
