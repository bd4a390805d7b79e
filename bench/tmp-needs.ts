import { RISK } from '../src/core/language/support';
import { REAL_FORMS_SUPPORT, REAL_FORMS } from '../src/core/language/corpus';
const texts = [...REAL_FORMS.map((s) => s.text), ...REAL_FORMS_SUPPORT.map((s) => s.text)];
for (const { needs, pattern } of RISK) for (const text of texts) {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  if (!m) continue;
  const missing = needs.filter((w) => !w.test(text));
  if (missing.length) console.log(String(missing), '|', m[0], '|', text.slice(0, 200));
}
