import { dayNumber } from '../../../core/calendar';
import { BODY } from '../../lib/pdf';

export const INK = '#24211e';
export const MUTED = '#6b655e';
export const RULE = '#d9d3cb';
export const ACCENT = '#1f5f5b';
export const ACCENT_LIGHT = '#d6e6e3';
/** Line colours told apart also in grey print (they differ in lightness), in order of use. */
export const SERIES = ['#1f5f5b', '#b4532a', '#5b4b8a', '#2f6f9f', '#8a6d1f', '#7a3b52'];

/** A point of a chart: a calendar date and a value on the chart's scale. */
export type ChartPoint = { date: string; value: number };
export type ChartSeries = {
  points: ChartPoint[];
  color: string;
  /** Held until the next point (levels in force), not a straight line between points. */
  step?: boolean;
  dash?: boolean;
  /** Each point marked with a dot (few points, e.g. one a week). */
  dots?: boolean;
  /** Points further apart than this many days are not joined: nothing was recorded between. */
  breakAfterDays?: number;
};

export type ChartFrame = {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The dates along the bottom, first and last included. */
  from: string;
  to: string;
  min: number;
  max: number;
  /** Values given a grid line and a label on the left. */
  ticks: { value: number; label: string }[];
};

const MONTHS = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];
const AXIS_WIDTH = 30;
const AXIS_HEIGHT = 14;

/** The area between two stepped series (the gap of creative tension), filled. */
export type ChartGap = { upper: ChartPoint[]; lower: ChartPoint[]; color: string };

/** The value a stepped series holds on a date: its last point at or before it. */
const heldOn = (points: ChartPoint[], date: string) =>
  points.filter((p) => p.date <= date).at(-1)?.value;

/**
 * A line chart drawn as vectors: grid lines at the ticks, the first of each month along the
 * bottom, and each series as a line (stepped where levels hold between records), clipped to the
 * dates shown. A step series is drawn from the level in force at `from` to `to`; `gap` fills the
 * area between two stepped series under the lines.
 */
export function lineChart(
  doc: PDFKit.PDFDocument,
  frame: ChartFrame,
  series: ChartSeries[],
  gap?: ChartGap,
) {
  const left = frame.x + AXIS_WIDTH;
  const width = frame.width - AXIS_WIDTH;
  const height = frame.height - AXIS_HEIGHT;
  const first = dayNumber(frame.from);
  const span = Math.max(1, dayNumber(frame.to) - first);
  const xOf = (date: string) =>
    left + (Math.min(span, Math.max(0, dayNumber(date) - first)) / span) * width;
  const yOf = (value: number) =>
    frame.y + height - ((value - frame.min) / (frame.max - frame.min)) * height;

  doc.save().lineWidth(0.5).strokeColor(RULE);
  for (const tick of frame.ticks) {
    const y = yOf(tick.value);
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .stroke();
    doc
      .font(BODY)
      .fontSize(7)
      .fillColor(MUTED)
      .text(tick.label, frame.x, y - 3.5, { width: AXIS_WIDTH - 4, align: 'right' });
  }
  for (let day = first; day <= first + span; day += 1) {
    const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (!date.endsWith('-01')) continue;
    const x = xOf(date);
    doc
      .moveTo(x, frame.y + height)
      .lineTo(x, frame.y + height + 3)
      .stroke();
    const month = Number(date.slice(5, 7));
    const label = month === 1 ? date.slice(0, 4) : (MONTHS[month - 1] ?? '');
    doc
      .fontSize(7)
      .fillColor(MUTED)
      .text(label, x - 12, frame.y + height + 4, { width: 24, align: 'center' });
  }
  doc.restore();

  if (gap) {
    const dates = [
      ...new Set([frame.from, ...[...gap.upper, ...gap.lower].map((p) => p.date), frame.to]),
    ]
      .filter((d) => d >= frame.from && d <= frame.to)
      .sort();
    doc.save().fillColor(gap.color);
    dates.slice(0, -1).forEach((date, i) => {
      const upper = heldOn(gap.upper, date);
      const lower = heldOn(gap.lower, date);
      if (upper === undefined || lower === undefined || upper === lower) return;
      const x = xOf(date);
      const top = yOf(Math.max(upper, lower));
      doc.rect(x, top, xOf(dates[i + 1]!) - x, yOf(Math.min(upper, lower)) - top).fill();
    });
    doc.restore();
  }

  for (const line of series) {
    const inside = line.points.filter((p) => p.date >= frame.from && p.date <= frame.to);
    const before = line.points.filter((p) => p.date < frame.from).at(-1);
    const points =
      line.step && before ? [{ date: frame.from, value: before.value }, ...inside] : inside;
    if (points.length === 0) continue;
    doc.save().lineWidth(1.6).strokeColor(line.color).fillColor(line.color);
    if (line.dash) doc.dash(3, { space: 2 });
    points.forEach((p, i) => {
      const x = xOf(p.date);
      const y = yOf(p.value);
      const previous = points[i - 1];
      const apart = previous ? dayNumber(p.date) - dayNumber(previous.date) : 0;
      if (!previous || (line.breakAfterDays !== undefined && apart > line.breakAfterDays)) {
        doc.moveTo(x, y);
      } else {
        if (line.step) doc.lineTo(x, yOf(previous.value));
        doc.lineTo(x, y);
      }
    });
    if (line.step) doc.lineTo(xOf(frame.to), yOf(points.at(-1)!.value));
    doc.stroke();
    doc.undash();
    if (line.dots || (points.length === 1 && !line.step)) {
      for (const p of points) doc.circle(xOf(p.date), yOf(p.value), 1.8).fill();
    }
    doc.restore();
  }
}

/** Colour swatches with their names under a chart, in rows of `width`; returns the y below. */
export function legend(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  width: number,
  items: { label: string; color: string; dash?: boolean }[],
) {
  let at = x;
  doc.font(BODY).fontSize(8);
  for (const item of items) {
    const label = item.label.length > 28 ? `${item.label.slice(0, 27)}…` : item.label;
    const needed = 18 + doc.widthOfString(label);
    if (at > x && at + needed > x + width) {
      at = x;
      y += 13;
    }
    doc.save().lineWidth(2).strokeColor(item.color);
    if (item.dash) doc.dash(3, { space: 2 });
    doc
      .moveTo(at, y + 4)
      .lineTo(at + 14, y + 4)
      .stroke();
    doc.restore();
    doc
      .font(BODY)
      .fontSize(8)
      .fillColor(INK)
      .text(label, at + 18, y, { lineBreak: false });
    at += needed + 14;
  }
  return y + 14;
}
