import type { Agreement, Area, Poker } from '../../../../contracts/delegation';

/** What a round of delegation poker is shown from: the agreement, its area and the round. */
export type PokerProps = { agreement: Agreement; area: Area; poker: Poker };
