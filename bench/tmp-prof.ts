import { languageTexts } from './runner/language';
import { forgetReadings } from '../src/core/language/nlp';
import { needsSupport } from '../src/core/language/support';
import { findLimitingLanguage } from '../src/core/limiting-language';
const dense = languageTexts(1);
const which = process.argv[2] ?? 'both';
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < 12000) {
  forgetReadings();
  const t = dense[n++ % 64]!;
  if (which !== 'support') findLimitingLanguage(t);
  if (which !== 'limiting') needsSupport(t);
}
console.log(n / 12, 'texts/s');
