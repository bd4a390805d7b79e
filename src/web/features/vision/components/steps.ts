export const STEPS = ['purpose', 'values', 'aspiration', 'reality'] as const;
