import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand } from './limiting-language-patterns';

describe('the pattern shorthand', () => {
  it("reads ' and a space outside classes as any apostrophe and any run of spaces", () => {
    const pattern = new RegExp(`^${expand("I'm going to be fine")}$`);
    expect(pattern.test('I’m  going to be fine')).toBe(true);
    expect(pattern.test('I`m gonna be fine')).toBe(true);
    expect(pattern.test('I’m going\nto be fine')).toBe(false);
  });

  it('leaves a character class as written', () => {
    expect(expand(String.raw`(?:[\w']+ ){0,2}x`)).toBe(String.raw`(?:[\w']+[^\S\n]+){0,2}x`);
    expect(
      new RegExp(expand(String.raw`my (?:[\w']+ ){0,6}?\w+ to`)).test("my late wife's saris to"),
    ).toBe(true);
    expect(expand(String.raw`[\]' ]' `)).toBe(
      String.raw`[\]' ]` + "['’ʼ‘`´]" + String.raw`[^\S\n]+`,
    );
  });

  it('matches inside a class exactly what the class written plainly matches', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', "'", ' ', '-'), minLength: 1, maxLength: 4 }),
        fc.string({ unit: fc.constantFrom('a', 'b', "'", '’', ' ', '-', 'c'), maxLength: 6 }),
        (members, text) => {
          const klass = `[${members.replaceAll('-', String.raw`\-`)}]+`;
          const plain = new RegExp(klass, 'g');
          const expanded = new RegExp(expand(klass), 'g');
          expect(text.match(expanded)).toEqual(text.match(plain));
        },
      ),
    );
  });
});
