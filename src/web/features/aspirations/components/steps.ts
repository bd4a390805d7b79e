/** The welcome's steps, in order. */
export const STEPS = ['purpose', 'values', 'aspiration', 'reality'] as const;

/**
 * Where a re-opened guide starts: the first step not yet done (no purpose written, no value
 * named, no aspiration), else the honest look at today for the aspiration already made.
 */
export function firstOpenStep(done: {
  purpose: boolean;
  values: boolean;
  aspiration: boolean;
}): (typeof STEPS)[number] {
  if (!done.purpose) return 'purpose';
  if (!done.values) return 'values';
  if (!done.aspiration) return 'aspiration';
  return 'reality';
}
