import type { OneOnOneSummary } from '../../../../contracts/one-on-ones';

/** The other person of a space (or its summary), as I see it. */
export const otherOf = (space: Pick<OneOnOneSummary, 'myRole' | 'owner' | 'colleague'>) =>
  space.myRole === 'owner' ? space.colleague : space.owner;
