/** The welcome's steps, in order. */
export const STEPS = ['purpose', 'values', 'aspiration', 'reality'] as const;
