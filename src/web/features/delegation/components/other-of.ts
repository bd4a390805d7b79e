import type { Agreement } from '../../../../contracts/delegation';

/** The other party of the agreement (or its summary), as the caller sees it. */
export const otherOf = (agreement: Pick<Agreement, 'myRole' | 'leader' | 'member'>) =>
  agreement.myRole === 'leader' ? agreement.member : agreement.leader;
