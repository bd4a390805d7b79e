import { type Agreement } from '../../../../contracts/delegation';

/** The other party of the agreement, as the caller sees it. */
export const otherOf = (agreement: Agreement) =>
  agreement.myRole === 'leader' ? agreement.member : agreement.leader;
