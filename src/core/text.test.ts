import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlCharacterPath, hasControlCharacter } from './text';

const control = fc.constantFrom(
  ...[...Array(32).keys(), 127]
    .filter((code) => ![9, 10, 13].includes(code))
    .map((code) => String.fromCharCode(code)),
);
const fine = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !hasControlCharacter(s));

/** A JSON value, and one with a control character put into one of its strings or keys. */
const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

function at(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], value);
}

describe('text', () => {
  it('accepts tab, line feed, carriage return and every printable character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const cleaned = [...text].filter((c) => !hasControlCharacter(c)).join('');
        expect(hasControlCharacter(`${cleaned}\t\n\r`)).toBe(false);
      }),
    );
  });

  it('finds a control character anywhere in a string', () => {
    fc.assert(
      fc.property(fine, control, fine, (before, c, after) => {
        expect(hasControlCharacter(before + c + after)).toBe(true);
      }),
    );
  });

  it('answers the path of a string that holds one, and null for clean values', () => {
    fc.assert(
      fc.property(json, (value) => {
        const path = controlCharacterPath(value);
        if (path === null) return;
        const found = at(value, path.slice(0, -1));
        const last = path.at(-1) as string | number;
        const hit = at(value, path);
        expect(
          (typeof hit === 'string' && hasControlCharacter(hit)) ||
            (typeof found === 'object' && hasControlCharacter(String(last))),
        ).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.array(fine), fc.dictionary(fine, fine), (list, record) => {
        expect(controlCharacterPath({ list, record, n: 1, b: true, z: null })).toBeNull();
      }),
    );
  });

  it('finds one put into any string of a value', () => {
    fc.assert(
      fc.property(fine, control, fc.integer({ min: 0, max: 5 }), (text, c, depth) => {
        let value: unknown = `${text}${c}`;
        const path: (string | number)[] = [];
        for (let i = 0; i < depth; i += 1) {
          value = i % 2 === 0 ? ['x', value] : { ok: 'x', [`k${i}`]: value };
          path.unshift(i % 2 === 0 ? 1 : `k${i}`);
        }
        expect(controlCharacterPath(value)).toEqual(path);
        expect(controlCharacterPath({ [`key${c}`]: 1 })).toEqual([`key${c}`]);
      }),
    );
  });

  it('walks nesting of any depth without running out of stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`);
    expect(controlCharacterPath(deep)).toHaveLength(100_000);
  });
});
