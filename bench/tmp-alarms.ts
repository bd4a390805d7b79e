import { REAL_FORMS_SUPPORT } from '../src/core/language/corpus';
import { needsSupport } from '../src/core/language/support';
for (const c of REAL_FORMS_SUPPORT) if (!c.support && needsSupport(c.text)) console.log('-', c.text.slice(0, 160));
