/**
 * The vision contract's lists and limits, in a file without Zod: Vision's first scripts use them
 * and load no Zod (docs/decisions/0069-vision-without-zod.md). `contracts/vision.ts` builds its
 * schemas from them and exports them again.
 */

export const LIFE_DOMAINS = [
  'career',
  'relationships',
  'health',
  'learning',
  'contribution',
  'inner_life',
  'other',
] as const;

export const ASPIRATION_STATUSES = ['active', 'paused', 'achieved', 'released'] as const;

/** The most values a person keeps: ranking needs a short list. */
export const MAX_VALUES = 20;

/** The longest evidence of a reality assessment. */
export const MAX_EVIDENCE_LENGTH = 4000;
