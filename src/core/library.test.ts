import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_ENTRIES,
  builtInEntry,
  builtInEntryId,
  compareEntryIds,
  matchesLibraryQuery,
  parseBuiltInId,
  PRACTICE_DESCRIPTION_MAX,
  PRACTICE_NAME_MAX,
  practiceFromEntry,
} from './library';
import { LIBRARY_PRACTICES } from './practice-library';
import { PROMPTS } from './prompts';

const ulid = fc.string({
  unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'),
  minLength: 26,
  maxLength: 26,
});

describe('the library’s built-in entries', () => {
  it('holds every prompt and every catalog practice once, under builtin:<kind>:<id>', () => {
    expect(BUILT_IN_ENTRIES).toHaveLength(PROMPTS.length + LIBRARY_PRACTICES.length);
    expect(new Set(BUILT_IN_ENTRIES.map((e) => e.id)).size).toBe(BUILT_IN_ENTRIES.length);
    expect(builtInEntry('builtin:prompt:vision-01')?.title).toBe(PROMPTS[0]?.text);
    for (const entry of BUILT_IN_ENTRIES) {
      const parsed = parseBuiltInId(entry.id);
      expect(parsed?.kind).toBe(entry.kind);
      expect(builtInEntryId(entry.kind, parsed?.id ?? '')).toBe(entry.id);
      expect(entry.schedule === null).toBe(entry.kind === 'prompt');
    }
  });

  it('tells built-in ids from the organization’s own, and sorts its own first', () => {
    fc.assert(
      fc.property(ulid, fc.constantFrom(...BUILT_IN_ENTRIES.map((e) => e.id)), (own, builtIn) => {
        expect(parseBuiltInId(own)).toBeNull();
        expect(compareEntryIds(own, builtIn)).toBe(-1);
        expect(compareEntryIds(builtIn, own)).toBe(1);
        expect(compareEntryIds(own, own)).toBe(0);
      }),
    );
    expect(parseBuiltInId('builtin:poem:x')).toBeNull();
    expect(parseBuiltInId('builtin:prompt:')).toBeNull();
  });
});

describe('searching the library', () => {
  const text = fc.string({ maxLength: 60 });
  const entry = fc.record({ title: text, body: text, theme: fc.option(text, { nil: null }) });

  it('matches everything with an empty search, and an entry by a prefix of its own words', () => {
    fc.assert(
      fc.property(entry, fc.constantFrom('', ' ', '  -  '), (e, q) => {
        expect(matchesLibraryQuery(e, q)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(entry, fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,12}$/), fc.nat(12), (e, word, cut) => {
        const withWord = { ...e, title: `${e.title} ${word}` };
        expect(matchesLibraryQuery(withWord, word.slice(0, Math.max(1, cut)))).toBe(true);
      }),
    );
  });

  it('needs every word, ignoring case and accents', () => {
    const e = { title: 'Morning pages', body: 'Write *freely* — café first.', theme: 'reflection' };
    expect(matchesLibraryQuery(e, 'MORN pag')).toBe(true);
    expect(matchesLibraryQuery(e, 'cafe')).toBe(true);
    expect(matchesLibraryQuery(e, 'morning walk')).toBe(false);
    expect(matchesLibraryQuery(e, 'ages')).toBe(false);
    expect(matchesLibraryQuery({ title: '', body: '', theme: 'current_reality' }, 'reality')).toBe(
      true,
    );
  });
});

describe('adopting a practice entry', () => {
  it('always gives a name and description a practice can hold, and a schedule', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.string({ maxLength: 3000 }),
        fc.option(fc.constant({ type: 'weekly' as const, times: 3 }), { nil: null }),
        (title, body, schedule) => {
          const practice = practiceFromEntry({ title, body, schedule });
          expect(practice.name.trim().length).toBeGreaterThan(0);
          expect(Array.from(practice.name).length).toBeLessThanOrEqual(PRACTICE_NAME_MAX);
          expect(Array.from(practice.description).length).toBeLessThanOrEqual(
            PRACTICE_DESCRIPTION_MAX,
          );
          expect(practice.schedule).toEqual(schedule ?? { type: 'daily' });
        },
      ),
    );
  });

  it('takes the first paragraph as plain text', () => {
    expect(
      practiceFromEntry({
        title: 'Walk and talk',
        body: '- Hold **one** [1:1](https://x.example) a week\n  walking.\n\nMore.',
        schedule: null,
      }),
    ).toEqual({
      name: 'Walk and talk',
      description: 'Hold one 1:1 a week walking.',
      schedule: { type: 'daily' },
    });
  });

  it('fits every built-in practice without cutting its name', () => {
    for (const entry of BUILT_IN_ENTRIES.filter((e) => e.kind === 'practice')) {
      const practice = practiceFromEntry(entry);
      expect(practice.name).toBe(entry.title);
      expect(practice.description.endsWith('…')).toBe(false);
    }
  });
});
