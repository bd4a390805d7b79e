import { describe, expect, it } from 'vitest';
import { isTensionPrompt } from './prompt-choice';
import { PROMPT_THEMES, PROMPTS, type PromptTheme } from './prompts';

/** How many prompts each theme had when its ids were published; ids are stored, so they stay. */
const PUBLISHED: Record<PromptTheme, number> = {
  vision: 11,
  current_reality: 10,
  purpose: 8,
  values: 9,
  learning: 9,
  emotions: 10,
  beliefs: 11,
  compassion: 9,
  intuition: 8,
  patience: 8,
  weekly_review: 10,
};

const normalized = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('the prompt library', () => {
  it('holds at least 80 prompts, at least 6 in every theme', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(80);
    for (const theme of PROMPT_THEMES) {
      expect(PROMPTS.filter((p) => p.theme === theme).length, theme).toBeGreaterThanOrEqual(6);
    }
  });

  it('has unique ids of the form <theme>-NN, short enough to store', () => {
    expect(new Set(PROMPTS.map((p) => p.id)).size).toBe(PROMPTS.length);
    for (const prompt of PROMPTS) {
      expect(PROMPT_THEMES).toContain(prompt.theme);
      expect(prompt.id).toMatch(new RegExp(`^${prompt.theme}-\\d{2}$`));
      expect(prompt.id.length).toBeLessThanOrEqual(40);
    }
  });

  it('keeps every published id, with its theme', () => {
    for (const theme of PROMPT_THEMES) {
      for (let n = 1; n <= PUBLISHED[theme]; n += 1) {
        const id = `${theme}-${String(n).padStart(2, '0')}`;
        expect(PROMPTS.find((p) => p.id === id)?.theme, id).toBe(theme);
      }
    }
  });

  it('has unique texts, each a short question or invitation', () => {
    expect(new Set(PROMPTS.map((p) => normalized(p.text))).size).toBe(PROMPTS.length);
    for (const { id, text } of PROMPTS) {
      expect(text.length, id).toBeGreaterThan(20);
      expect(text.length, id).toBeLessThanOrEqual(240);
      expect(text, id).toMatch(/[?.]$/);
      expect(text, id).toBe(text.trim());
    }
  });

  it('gives every prompt a short, one-sentence why', () => {
    for (const { id, why } of PROMPTS) {
      expect(why.length, id).toBeGreaterThan(20);
      expect(why.length, id).toBeLessThanOrEqual(200);
      expect(why, id).toMatch(/^[A-Z][^.?!]*\.$/);
    }
  });

  it('does not nag, shame or keep score', () => {
    const words = /\b(should|must|ought|lazy|failure|failed|streaks?|points|badges?|score)\b/i;
    for (const { id, text } of PROMPTS) expect(text, id).not.toMatch(words);
  });

  it('marks enough vision and beliefs prompts as tension prompts for eroding goals', () => {
    const tagged = PROMPTS.filter((p) => p.tags?.includes('tension'));
    expect(tagged.every(isTensionPrompt)).toBe(true);
    expect(tagged.filter((p) => p.theme === 'vision').length).toBeGreaterThanOrEqual(3);
    expect(tagged.filter((p) => p.theme === 'beliefs').length).toBeGreaterThanOrEqual(3);
    // Enough that the eroding-goal question can vary from one week to the next.
    expect(tagged.length).toBeGreaterThanOrEqual(6);
  });
});
