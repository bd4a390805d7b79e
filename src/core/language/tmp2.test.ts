import { it } from 'vitest';
import { analyse } from './nlp';
import { findTokenCandidates } from './token-rules';
it('x', () => {
  for (const t of ["I'm not funny or interesting enough"]) {
    const a = analyse(t);
    console.log(a.clauses.map(c => (c.juxtaposed?'~':'')+c.opener+'['+ a.tokens.slice(c.from,c.to).map(x=>x.word+'/'+x.lemma+'/'+x.pos).join(' ')+']').join('\n'));
    console.log(findTokenCandidates(a));
  }
});
