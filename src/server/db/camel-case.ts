import { CamelCasePlugin } from 'kysely';

/** Names kept per direction: the app's columns and aliases are a few hundred. */
const MEMO_LIMIT = 10_000;

function memo(convert: (name: string) => string): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let converted = known.get(name);
    if (converted === undefined) {
      converted = convert(name);
      if (known.size < MEMO_LIMIT) known.set(name, converted);
    }
    return converted;
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Kysely's CamelCasePlugin, converting each name once: the stock plugin converts every key of
 * every row and every identifier of every query character by character (a Today request reads
 * about 700 rows; docs/performance.md). Same names out, same nested-object behaviour — a
 * property test compares the two.
 */
export class MemoCamelCasePlugin extends CamelCasePlugin {
  readonly #toSnake = memo((name) => super.snakeCase(name));
  readonly #toCamel = memo((name) => super.camelCase(name));

  protected override snakeCase(name: string): string {
    return this.#toSnake(name);
  }

  protected override camelCase(name: string): string {
    return this.#toCamel(name);
  }

  protected override mapRow(row: Record<string, unknown>): Record<string, unknown> {
    const mapped: Record<string, unknown> = {};
    for (const key of Object.keys(row)) {
      let value = row[key];
      if (Array.isArray(value)) {
        value = value.map((item) => (isPlainObject(item) ? this.mapRow(item) : item));
      } else if (isPlainObject(value)) {
        value = this.mapRow(value);
      }
      mapped[this.#toCamel(key)] = value;
    }
    return mapped;
  }
}
