import type { ReactNode } from 'react';
import { formatPercent } from '../../lib/format';

/**
 * The look shared by every Praxis chart (recharts), as props to spread: charts stay quiet —
 * dashed horizontal grid, muted ticks without tick marks, no animation — and take their colours
 * from the theme's CSS variables so light and dark both work. Charts are drawn `aria-hidden`;
 * each ships its numbers as a table beside it.
 */
export const chartFrame = {
  responsive: true,
  accessibilityLayer: false,
  margin: { top: 8, right: 12, bottom: 0, left: 0 },
  style: { width: '100%', height: 200 },
} as const;

export const chartGrid = {
  vertical: false,
  stroke: 'var(--line)',
  strokeDasharray: '2 4',
} as const;

/** Axis line and tick styling; a category (x) axis spreads this as it is. */
export const chartAxis = {
  stroke: 'var(--line-strong)',
  tick: { fill: 'var(--ink-muted)', fontSize: 12 },
  tickLine: false,
} as const;

/** A 0–100 % value axis marked at 0, 50 and 100. */
export const percentAxis = {
  ...chartAxis,
  domain: [0, 100],
  ticks: [0, 50, 100],
  width: 40,
  tickFormatter: (value: number) => formatPercent(value, navigator.language),
  axisLine: false,
} as const;

/** The pointer line and behaviour of a chart's tooltip. */
export const chartTooltip = {
  cursor: { stroke: 'var(--line-strong)', strokeDasharray: '3 3' },
  isAnimationActive: false,
} as const;

/** The card a chart's tooltip shows its point in. */
export function ChartTooltipCard({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-lg border border-line bg-surface px-3 py-2 text-sm shadow-float">
      {children}
    </div>
  );
}
