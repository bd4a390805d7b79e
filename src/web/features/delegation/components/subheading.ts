/** The classes of a subheading inside a decision area's card. */
export const subheading = 'text-sm font-semibold tracking-wide text-ink-muted uppercase';
