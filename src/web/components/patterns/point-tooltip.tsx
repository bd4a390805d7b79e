import type { ReactNode } from 'react';
import { Tooltip } from 'recharts';
import { chartTooltip } from '../ui/chart';
import { ChartPointTooltip } from './chart-point-tooltip';

/**
 * A chart's tooltip element for the point under the pointer, `show` saying what to show of it.
 * A function, not a component: Recharts looks for its `Tooltip` among the chart's own children.
 *
 * @example
 * <LineChart …>{pointTooltip<Point>((point) => <p>{point.percent}%</p>)}</LineChart>
 */
export function pointTooltip<P>(show: (point: P) => ReactNode) {
  return <Tooltip {...chartTooltip} content={<ChartPointTooltip<P>>{show}</ChartPointTooltip>} />;
}
