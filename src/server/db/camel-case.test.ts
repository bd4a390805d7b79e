import fc from 'fast-check';
import { CamelCasePlugin, type QueryResult, type UnknownRow } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MemoCamelCasePlugin } from './camel-case';

type Mapper = { transformResult: CamelCasePlugin['transformResult'] };
const mapped = (plugin: Mapper, rows: UnknownRow[]) =>
  plugin.transformResult({
    queryId: { queryId: 'q' },
    result: { rows } as QueryResult<UnknownRow>,
  });

const name = fc.stringMatching(/^[a-z_][a-zA-Z0-9_]{0,12}$/);
const leaf = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean());
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('any'), { maxLength: 3 }),
    fc.dictionary(name, tie('any'), { maxKeys: 3 }),
  ),
})).any;

describe('MemoCamelCasePlugin', () => {
  it('maps rows exactly as Kysely’s CamelCasePlugin does, nested objects and arrays too', async () => {
    const memo = new MemoCamelCasePlugin();
    const stock = new CamelCasePlugin();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.dictionary(name, value, { maxKeys: 6 })), async (rows) => {
        // Twice: the second time every name comes from the memo.
        for (let i = 0; i < 2; i += 1) {
          const ours = await mapped(memo, rows);
          expect(ours.rows).toEqual((await mapped(stock, rows)).rows);
          for (const [r, row] of ours.rows.entries())
            expect(Object.keys(row)).toEqual(Object.keys(stock['mapRow'](rows[r]!)));
        }
      }),
    );
  });

  it('names tables and columns in SQL as the stock plugin does', () => {
    const memo = new MemoCamelCasePlugin() as unknown as { snakeCase: (s: string) => string };
    const stock = new CamelCasePlugin() as unknown as { snakeCase: (s: string) => string };
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,20}$/), (identifier) => {
        expect(memo.snakeCase(identifier)).toBe(stock.snakeCase(identifier));
        expect(memo.snakeCase(identifier)).toBe(stock.snakeCase(identifier));
      }),
    );
  });
});
