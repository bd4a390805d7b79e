import type { en } from '../locales';

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralForm}` ? Base : K;
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPlural<K>}`
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A word's key in the locale files: `'today.practices.title'`; plural forms without `_one`. */
export type WordKey = KeysOf<typeof en>;

/** Values put into a sentence's `{{name}}`; `count` also chooses its plural form. */
export type WordValues = { count?: number; skipInterpolation?: boolean } & Record<string, unknown>;

/** Turns a key into the sentence it names, with values put in. */
export type TFunction = (key: WordKey, values?: WordValues) => string;

/** The language of the words; the only one for now. */
export const LANGUAGE = 'en';

type Words = { [key: string]: string | Words };
let words: Words = {};
const plural = new Intl.PluralRules(LANGUAGE);
const VALUE = /\{\{\s*([\w.]+)\s*\}\}/g;

function merged(into: Words, more: Words): Words {
  const result: Words = { ...into };
  for (const [key, value] of Object.entries(more)) {
    const before = result[key];
    result[key] =
      typeof value === 'object' && typeof before === 'object' ? merged(before, value) : value;
  }
  return result;
}

/** Adds words (a locale file's shape) to the ones known, deeply: a section grows, never shrinks. */
export function addWords(more: object): void {
  words = merged(words, more as Words);
}

function lookUp(key: string): string | undefined {
  let node: string | Words | undefined = words;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Whether `key` names a sentence: for keys made from data, e.g. a library theme someone typed. */
export function hasWord(key: string): key is WordKey {
  return lookUp(key) !== undefined || lookUp(`${key}_other`) !== undefined;
}

/**
 * The sentence of `key`, as i18next read the same files: with a numeric `count`, the `_zero`
 * form for 0 when there is one, else the language's plural form (`_one`, `_other`), else the
 * key itself; `{{name}}` replaced by `values.name` (left as it is when absent; never escaped: React
 * escapes what it draws); a missing key comes back as the key.
 * Example: `t('practice.streak.day', { count: 3 })` → "3 days in a row".
 */
export const t: TFunction = (key, values) => {
  const count = values?.count;
  let text: string | undefined;
  if (typeof count === 'number') {
    text =
      (count === 0 ? lookUp(`${key}_zero`) : undefined) ?? lookUp(`${key}_${plural.select(count)}`);
  }
  text ??= lookUp(key);
  if (text === undefined) return key;
  if (!values || values.skipInterpolation) return text;
  return text.replace(VALUE, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? placeholder : String(value as string | number);
  });
};
