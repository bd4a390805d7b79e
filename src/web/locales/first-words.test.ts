import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import firstWords from './en.json';
import { en } from './index';

const web = path.resolve(import.meta.dirname, '..');

/**
 * What a first page draws from before the other words have loaded: the entry, the app shell,
 * Today, and the pieces they load at once after the first paint (menus, dialogs, toasts).
 */
const FIRST_MODULES = [
  'main.tsx',
  'app/app-shell.tsx',
  'features/today/components/today-page.tsx',
  'app/user-menu.tsx',
  'components/ui/dialog.tsx',
  'components/ui/toast-list.tsx',
  'features/today/components/today-practice-menu.tsx',
];

function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return ['.ts', '.tsx', '/index.ts'].map((end) => base + end).find((file) => existsSync(file));
}

/** The module files reached from the first modules by static imports (not `import()`). */
function firstPageFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, typeOnly, specifier = ''] of code.matchAll(
      /^import (type )?[^;]*? from '(\.[^']+)';/gms,
    )) {
      const target = resolve(file, specifier);
      if (target && !typeOnly) visit(target);
    }
  };
  for (const module of FIRST_MODULES) visit(path.join(web, module));
  return [...seen];
}

function section(words: object, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      words,
    );
}

describe('the first pages’ words', () => {
  it('are all in en.json, the words the first page loads', () => {
    const sections = Object.keys(en);
    const missing: string[] = [];
    for (const file of firstPageFiles()) {
      const code = readFileSync(file, 'utf8');
      // A key, or the fixed start of a key made from data (`practice.units.${unit}`).
      for (const [, key = ''] of code.matchAll(/['`]([a-zA-Z]+(?:\.[a-zA-Z]+)+)(?:['`]|\.\$\{)/g)) {
        if (!sections.includes(key.split('.')[0] ?? '')) continue;
        if (section(en, key) === undefined && section(en, `${key}_other`) === undefined) continue;
        if (
          section(firstWords, key) === undefined &&
          section(firstWords, `${key}_other`) === undefined
        ) {
          missing.push(`${path.relative(web, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
