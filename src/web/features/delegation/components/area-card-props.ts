import type { Agreement, Area } from '../../../../contracts/delegation';

export type AreaCardProps = { agreement: Agreement; area: Area; timeZone: string };
