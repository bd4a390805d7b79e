import { type Agreement, type Area } from '../../../../contracts/delegation';

export type AreaCardProps = { agreement: Agreement; area: Area; timeZone: string };
