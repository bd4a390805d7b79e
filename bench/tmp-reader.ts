import { languageTexts } from './runner/language';
import { forgetReadings } from '../src/core/language/nlp';
import { readerScore } from '../src/core/language/support-reader';
const dense = languageTexts(1);
let n = 0; const t0 = performance.now();
while (performance.now() - t0 < 8000) { forgetReadings(); readerScore(dense[n++ % 64]!); }
console.log((8000e3 / n).toFixed(0), 'µs');
