export const subheading = 'text-sm font-semibold tracking-wide text-ink-muted uppercase';
