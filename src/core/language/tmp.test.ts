import { it } from 'vitest';
import { needsSupport } from './support';
it('x', () => {
  for (const t of ["I deserve to die", "everyone would be better off without me", "I wrote goodbye letters last night", "I want it all to stop for good", "i just want to die", "i dont want to be here anymore", "sometimes i think about killing myself", "this deadline is killing me", "my grandmother died", "we need to kill the feature", "I would never kill myself", "I'm dying to see the new film", "I could die of embarrassment", "she said she wants to die", "I used to want to die but not anymore", "I don't want to die", "i feel suicidal again", "I'd kill for a coffee", "my friend is suicidal and I don't know how to help"]) {
    console.log(JSON.stringify(t), '→', needsSupport(t));
  }
});
