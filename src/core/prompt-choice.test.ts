import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, daysBetween, isoWeekday } from './calendar';
import {
  choosePrompt,
  isTensionPrompt,
  NUDGE_SPACING_DAYS,
  type PromptChoice,
  type PromptState,
  REPEAT_WINDOW_DAYS,
  STALE_REALITY_DAYS,
} from './prompt-choice';
import { type Prompt, PROMPT_THEMES, PROMPTS } from './prompts';

const today = fc.integer({ min: 0, max: 3000 }).map((d) => addDays('2025-01-01', d));
const recentPrompts = (ids: readonly string[]) =>
  fc.array(
    fc.record({
      promptId: fc.constantFrom(...ids, 'retired-01'),
      // Some entries fall on today or later; the rule ignores them.
      daysAgo: fc.integer({ min: -2, max: 2 * REPEAT_WINDOW_DAYS }),
    }),
    { maxLength: 120, size: 'large' },
  );

const state = (ids: readonly string[] = PROMPTS.map((p) => p.id)) =>
  fc
    .record({
      today,
      daysSinceLastAssessment: fc.option(fc.integer({ min: 0, max: 120 })),
      hasActiveAspirations: fc.boolean(),
      erodingAspirationTitles: fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }),
      recent: recentPrompts(ids),
      isWeeklyReviewDay: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ recent, ...s }): PromptState => ({
      ...s,
      recentPrompts: recent.map((r) => ({
        promptId: r.promptId,
        date: addDays(s.today, -r.daysAgo),
      })),
    }));

/** The whole library, or a small random part of it, so that every kind can run out. */
const library = fc.oneof(
  fc.constant(PROMPTS),
  fc.subarray([...PROMPTS], { minLength: 1, maxLength: 12 }),
  fc.subarray([...PROMPTS], { minLength: 1 }),
);
const stateWithLibrary = library.chain((lib) =>
  state(lib.map((p) => p.id)).map((s) => ({ s, lib })),
);

/** Days since the prompt was last shown before today; Infinity when it was not. */
const ago = (s: PromptState, id: string) =>
  Math.min(
    ...s.recentPrompts
      .map((r) => (r.promptId === id ? daysBetween(r.date, s.today) : Infinity))
      .filter((d) => d > 0),
  );
const isFresh = (s: PromptState, p: Prompt) => ago(s, p.id) >= REPEAT_WINDOW_DAYS;

/** The prompts a reason chooses among. */
function kind(reason: PromptChoice['reason'], lib: readonly Prompt[]): readonly Prompt[] {
  switch (reason) {
    case 'eroding_goal':
      return lib.filter(isTensionPrompt);
    case 'stale_reality':
      return lib.filter((p) => p.theme === 'current_reality');
    case 'weekly_review':
      return lib.filter((p) => p.theme === 'weekly_review');
    case 'rotation': {
      const rotating = lib.filter((p) => p.theme !== 'weekly_review');
      return rotating.length > 0 ? rotating : lib;
    }
  }
}

const TENSION = PROMPTS.filter(isTensionPrompt);
const REALITY = PROMPTS.filter((p) => p.theme === 'current_reality');
const calm = {
  erodingAspirationTitles: [],
  hasActiveAspirations: true,
  daysSinceLastAssessment: 2,
};

afterEach(() => {
  vi.useRealTimers();
});

describe('choosing today’s prompt', () => {
  it('is deterministic, whatever the order of the history or of the library', () => {
    fc.assert(
      fc.property(
        stateWithLibrary.chain(({ s, lib }) =>
          fc.record({
            s: fc.constant(s),
            lib: fc.constant(lib),
            shuffledRecent: fc.shuffledSubarray([...s.recentPrompts], {
              minLength: s.recentPrompts.length,
            }),
            shuffledLib: fc.shuffledSubarray([...lib], { minLength: lib.length }),
          }),
        ),
        ({ s, lib, shuffledRecent, shuffledLib }) => {
          const choice = choosePrompt(s, lib);
          expect(choosePrompt(s, lib)).toEqual(choice);
          expect(choosePrompt({ ...s, recentPrompts: shuffledRecent }, shuffledLib)).toEqual(
            choice,
          );
        },
      ),
    );
  });

  it('never reads the clock', () => {
    fc.assert(
      fc.property(state(), fc.integer({ min: 0, max: 4e12 }), (s, now) => {
        vi.useFakeTimers({ now: 0 });
        const before = choosePrompt(s);
        vi.setSystemTime(now);
        expect(choosePrompt(s)).toEqual(before);
        vi.useRealTimers();
      }),
      { numRuns: 50 },
    );
  });

  it('does not change once today’s prompt is recorded', () => {
    fc.assert(
      fc.property(stateWithLibrary, ({ s, lib }) => {
        const choice = choosePrompt(s, lib);
        const recorded = [...s.recentPrompts, { promptId: choice.prompt.id, date: s.today }];
        expect(choosePrompt({ ...s, recentPrompts: recorded }, lib)).toEqual(choice);
      }),
    );
  });

  it('offers a prompt not shown in the last 30 days whenever its kind has one, else the least recently shown', () => {
    fc.assert(
      fc.property(stateWithLibrary, ({ s, lib }) => {
        const { prompt, reason } = choosePrompt(s, lib);
        const candidates = kind(reason, lib);
        expect(candidates).toContain(prompt);
        if (candidates.some((p) => isFresh(s, p))) {
          expect(isFresh(s, prompt)).toBe(true);
        } else {
          for (const p of candidates)
            expect(ago(s, prompt.id)).toBeGreaterThanOrEqual(ago(s, p.id));
        }
      }),
    );
  });

  it('answers an eroding goal with a vision or beliefs prompt about tension', () => {
    fc.assert(
      fc.property(state(), fc.string({ minLength: 1 }), (s, title) => {
        const quiet: PromptState = {
          ...s,
          erodingAspirationTitles: [title],
          recentPrompts: s.recentPrompts.filter(
            (r) => !TENSION.some((p) => p.id === r.promptId && ago(s, p.id) < NUDGE_SPACING_DAYS),
          ),
        };
        const { prompt, reason } = choosePrompt(quiet);
        expect(reason).toBe('eroding_goal');
        expect(isTensionPrompt(prompt)).toBe(true);
        expect(['vision', 'beliefs']).toContain(prompt.theme);
        expect(prompt.tags).toContain('tension');
      }),
    );
  });

  it('asks about an eroding goal at most once a week', () => {
    fc.assert(
      fc.property(
        state(),
        fc.constantFrom(...TENSION),
        fc.integer({ min: 1, max: NUDGE_SPACING_DAYS - 1 }),
        (s, shown, daysAgo) => {
          const recent = [
            ...s.recentPrompts,
            { promptId: shown.id, date: addDays(s.today, -daysAgo) },
          ];
          const choice = choosePrompt({
            ...s,
            erodingAspirationTitles: ['Run a half'],
            recentPrompts: recent,
          });
          expect(choice.reason).not.toBe('eroding_goal');
        },
      ),
    );
    const weekAgo = [{ promptId: 'vision-03', date: '2026-11-16' }];
    const s = { ...calm, today: '2026-11-23', erodingAspirationTitles: ['Coach, not fix'] };
    expect(choosePrompt({ ...s, recentPrompts: weekAgo }).reason).toBe('eroding_goal');
  });

  it('asks for current reality when it was not assessed for 30 days or never', () => {
    fc.assert(
      fc.property(
        state(),
        fc.option(fc.integer({ min: STALE_REALITY_DAYS, max: 1000 })),
        (s, days) => {
          const stale: PromptState = {
            ...s,
            erodingAspirationTitles: [],
            hasActiveAspirations: true,
            daysSinceLastAssessment: days,
            recentPrompts: s.recentPrompts.filter(
              (r) => !REALITY.some((p) => p.id === r.promptId && ago(s, p.id) < NUDGE_SPACING_DAYS),
            ),
          };
          const { prompt, reason } = choosePrompt(stale);
          expect(reason).toBe('stale_reality');
          expect(prompt.theme).toBe('current_reality');
        },
      ),
    );
  });

  it('does not ask for current reality when it is fresh or there is nothing to assess', () => {
    fc.assert(
      fc.property(state(), fc.integer({ min: 0, max: STALE_REALITY_DAYS - 1 }), (s, days) => {
        const fresh = { ...s, hasActiveAspirations: true, daysSinceLastAssessment: days };
        expect(choosePrompt(fresh).reason).not.toBe('stale_reality');
        const none = { ...s, hasActiveAspirations: false, daysSinceLastAssessment: null };
        expect(choosePrompt(none).reason).not.toBe('stale_reality');
      }),
    );
  });

  it('offers a weekly review prompt on the weekly review day when nothing else calls', () => {
    fc.assert(
      fc.property(state(), (s) => {
        const { prompt, reason } = choosePrompt({ ...s, ...calm, isWeeklyReviewDay: true });
        expect(reason).toBe('weekly_review');
        expect(prompt.theme).toBe('weekly_review');
      }),
    );
  });

  it('otherwise rotates to the theme shown least recently, keeping weekly review for its day', () => {
    fc.assert(
      fc.property(state(), (s) => {
        const { prompt, reason } = choosePrompt({ ...s, ...calm, isWeeklyReviewDay: false });
        expect(reason).toBe('rotation');
        expect(prompt.theme).not.toBe('weekly_review');
        const rotating = PROMPTS.filter((p) => p.theme !== 'weekly_review');
        const themeAgo = (theme: string) =>
          Math.min(...rotating.filter((p) => p.theme === theme).map((p) => ago(s, p.id)));
        for (const theme of new Set(rotating.filter((p) => isFresh(s, p)).map((p) => p.theme))) {
          expect(themeAgo(prompt.theme)).toBeGreaterThanOrEqual(themeAgo(theme));
        }
      }),
    );
  });

  it('falls back to the least recently shown prompt when a small library has no fresh one', () => {
    const lib = PROMPTS.filter((p) => p.id === 'values-01' || p.id === 'values-02');
    const recent = [
      { promptId: 'values-01', date: '2026-11-20' },
      { promptId: 'values-02', date: '2026-11-10' },
    ];
    const choice = choosePrompt({ ...calm, today: '2026-11-23', recentPrompts: recent }, lib);
    expect(choice).toEqual({ prompt: lib[1], reason: 'rotation' });
  });

  it('throws for an empty library or a malformed date', () => {
    const s: PromptState = { ...calm, today: '2026-11-23', recentPrompts: [] };
    expect(() => choosePrompt(s, [])).toThrow(RangeError);
    expect(() => choosePrompt({ ...s, today: '23.11.2026' })).toThrow(RangeError);
  });
});

/** A year of daily calls, each choice fed back into the history the next call sees. */
function simulateYear(start: string, conditions: (date: string) => Partial<PromptState>) {
  const history: { promptId: string; date: string }[] = [];
  const choices: (PromptChoice & { date: string })[] = [];
  for (let d = 0; d < 365; d += 1) {
    const date = addDays(start, d);
    const choice = choosePrompt({
      ...calm,
      today: date,
      recentPrompts: history.filter((h) => daysBetween(h.date, date) <= 2 * REPEAT_WINDOW_DAYS),
      ...conditions(date),
    });
    history.push({ promptId: choice.prompt.id, date });
    choices.push({ ...choice, date });
  }
  return choices;
}

function expectNoRepeatWithin30Days(choices: readonly (PromptChoice & { date: string })[]) {
  const last = new Map<string, string>();
  for (const { prompt, date } of choices) {
    const previous = last.get(prompt.id);
    if (previous) expect(daysBetween(previous, date)).toBeGreaterThanOrEqual(REPEAT_WINDOW_DAYS);
    last.set(prompt.id, date);
  }
}

describe('a year of daily prompts', () => {
  it('never repeats a prompt within 30 days, touches every theme and rotates themes in turn', () => {
    fc.assert(
      fc.property(today, (start) => {
        const choices = simulateYear(start, (date) => ({
          isWeeklyReviewDay: isoWeekday(date) === 7,
        }));
        expectNoRepeatWithin30Days(choices);
        expect(new Set(choices.map((c) => c.prompt.theme))).toEqual(new Set(PROMPT_THEMES));
        const rotation = choices.filter((c) => c.reason === 'rotation').map((c) => c.prompt.theme);
        const rotatingThemes = PROMPT_THEMES.length - 1;
        for (let i = 0; i + rotatingThemes <= rotation.length; i += 1) {
          expect(new Set(rotation.slice(i, i + rotatingThemes)).size).toBe(rotatingThemes);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('never repeats a prompt within 30 days, and spaces nudges a week apart, whatever happens', () => {
    const day = fc.record({ eroding: fc.boolean(), stale: fc.boolean() });
    fc.assert(
      fc.property(today, fc.array(day, { minLength: 365, maxLength: 365 }), (start, days) => {
        const choices = simulateYear(start, (date) => {
          const { eroding, stale } = days[daysBetween(start, date)]!;
          return {
            erodingAspirationTitles: eroding ? ['Coach, not fix'] : [],
            daysSinceLastAssessment: stale ? null : 2,
            isWeeklyReviewDay: isoWeekday(date) === 7,
          };
        });
        expectNoRepeatWithin30Days(choices);
        for (const reason of ['eroding_goal', 'stale_reality'] as const) {
          const dates = choices.filter((c) => c.reason === reason).map((c) => c.date);
          for (let i = 1; i < dates.length; i += 1) {
            expect(daysBetween(dates[i - 1]!, dates[i]!)).toBeGreaterThanOrEqual(
              NUDGE_SPACING_DAYS,
            );
          }
        }
      }),
      { numRuns: 10 },
    );
  });
});
