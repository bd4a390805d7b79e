/** The themes of the reflection prompt library (./prompts.ts), in the library's order. */
export const PROMPT_THEMES = [
  'vision',
  'current_reality',
  'purpose',
  'values',
  'learning',
  'emotions',
  'beliefs',
  'compassion',
  'intuition',
  'patience',
  'weekly_review',
] as const;

export type PromptTheme = (typeof PROMPT_THEMES)[number];
