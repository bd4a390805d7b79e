import type { ReactNode } from 'react';
import { ChartTooltipCard } from '../ui/chart';

/**
 * A chart's tooltip for the point under the pointer: Recharts hands it `active` and `payload`;
 * `children` says what to show of the point. Nothing shows while no point is active.
 *
 * @example
 * <Tooltip {...chartTooltip} content={<ChartPointTooltip<Point>>{(point) => <p>{point.percent}%</p>}</ChartPointTooltip>} />
 */
export function ChartPointTooltip<P>({
  active,
  payload,
  children,
}: {
  active?: boolean;
  payload?: readonly { payload?: P }[];
  children: (point: P) => ReactNode;
}) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return <ChartTooltipCard>{children(point)}</ChartTooltipCard>;
}
