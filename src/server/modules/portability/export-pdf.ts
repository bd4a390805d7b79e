import { addDays, localDate } from '../../../core/calendar';
import { plainBlocks } from '../../../core/plain-blocks';
import { strengthSeries } from '../../../core/practice';
import { tensionHistory } from '../../../core/tension';
import type { Db } from '../../db/database';
import { BODY, BOLD, fontedPdf, headingRule } from '../../lib/pdf';
import {
  ACCENT,
  ACCENT_LIGHT,
  type ChartFrame,
  INK,
  legend,
  lineChart,
  MUTED,
  SERIES,
} from './export-pdf-charts';
import { yearOf } from './export-pdf-year';
import { accountOf } from './queries';

const MARGIN = 56;
/** Charts of aspirations and practices shown at most; the rest are counted below them. */
const MOST_CHARTED = 6;
/** Characters of a chosen reflection printed; longer ones end with "…". */
const EXCERPT = 1400;
/** Weekly points more than three weeks apart are not joined by a line (nothing in between). */
const WEEKS_JOINED = 21;

/** "3 Dec 2026". */
const shortDate = (date: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

/**
 * The "year in practice" report: the 365 days up to today in the person's time zone, on three
 * pages or more — the year in figures and the creative tension of each aspiration; practice
 * strength and mood; values-to-actions alignment, then one reflection chosen from each quarter
 * (the longest written in it, the latest of equals). The charts are vectors drawn from the core
 * figures the app shows (`tensionHistory`, `strengthSeries`, `alignment`); mood is the weekly
 * mean of mood check-ins and the moods of reflections.
 */
export async function yearReport(db: Db, userId: string, now: string): Promise<Buffer> {
  const account = await accountOf(db, userId);
  const to = localDate(now, account.timeZone);
  const from = addDays(to, -364);
  const year = await yearOf(db, userId, from, to, account.timeZone);
  const { doc, print, done } = await fontedPdf({
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${account.name}: a year in practice`, Subject: 'Praxis year in practice' },
  });
  const width = doc.page.width - 2 * MARGIN;
  const frame = (
    y: number,
    height: number,
    ticks: ChartFrame['ticks'],
    min: number,
    max: number,
  ) => ({
    x: MARGIN,
    y,
    width,
    height,
    from,
    to,
    min,
    max,
    ticks,
  });
  const percentTicks = [0, 25, 50, 75, 100].map((v) => ({ value: v, label: `${v}%` }));

  const heading = (title: string, lead: string) => {
    doc.font(BOLD).fontSize(15).fillColor(ACCENT).text(title, MARGIN, doc.y, { width });
    headingRule(doc, MARGIN, width);
    doc.moveDown(0.5);
    doc.font(BODY).fontSize(9.5).fillColor(MUTED).text(lead, MARGIN, doc.y, { width, lineGap: 2 });
    doc.moveDown(0.8);
  };
  const empty = (text: string) => {
    doc.font(BODY).fontSize(10).fillColor(MUTED).text(text, MARGIN, doc.y, { width });
    doc.moveDown(1.5);
  };

  // Page 1: the year in figures, and creative tension.
  doc.rect(0, 0, doc.page.width, 10).fill(ACCENT);
  doc
    .font(BODY)
    .fontSize(10)
    .fillColor(MUTED)
    .text('PRAXIS · A YEAR IN PRACTICE', MARGIN, MARGIN, { width, characterSpacing: 1.2 });
  doc.moveDown(0.3);
  doc.font(BOLD).fontSize(26).fillColor(INK).text(print(account.name), { width });
  doc
    .font(BODY)
    .fontSize(12)
    .fillColor(MUTED)
    .text(`${shortDate(from)} – ${shortDate(to)}`, { width });
  doc.moveDown(1);
  const figures = [
    [year.reflections, 'reflections written'],
    [year.checkIns, 'practice check-ins done'],
    [year.weeklyReviews, 'weekly reviews'],
    [Math.round(year.minutes / 6) / 10, 'hours of learning'],
  ] as const;
  const cell = width / figures.length;
  const top = doc.y;
  figures.forEach(([value, label], i) => {
    const x = MARGIN + i * cell;
    doc
      .font(BOLD)
      .fontSize(22)
      .fillColor(INK)
      .text(String(value), x, top, { width: cell - 8 });
    doc
      .font(BODY)
      .fontSize(9)
      .fillColor(MUTED)
      .text(label, x, doc.y, { width: cell - 8 });
  });
  doc.y = top + 56;
  doc.x = MARGIN;

  heading(
    'Creative tension',
    'For each aspiration: the vision level you chose (dashed) and the reality level you assessed, 0–10. The gap between them is the creative tension.',
  );
  const charted = year.aspirations.slice(0, MOST_CHARTED);
  if (charted.length === 0) empty('No aspirations yet.');
  const columnWidth = (width - 20) / 2;
  const chartsTop = doc.y;
  charted.forEach((a, i) => {
    const x = MARGIN + (i % 2) * (columnWidth + 20);
    const y = chartsTop + Math.floor(i / 2) * 125;
    const history = tensionHistory(
      a.revisions.map((r) => ({ at: r.at, visionLevel: r.visionLevel })),
      a.assessments.map((r) => ({ at: r.at, level: r.level })),
    );
    const dated = history.map((h) => ({ ...h, date: localDate(h.at, year.timeZone) }));
    const tension = history.at(-1)?.tension;
    doc
      .font(BOLD)
      .fontSize(9.5)
      .fillColor(INK)
      .text(print(a.title), x, y, { width: columnWidth, lineBreak: false, ellipsis: true });
    doc
      .font(BODY)
      .fontSize(8)
      .fillColor(MUTED)
      .text(
        tension === null || tension === undefined
          ? 'Reality not assessed yet'
          : `Tension now ${tension}`,
        x,
        y + 13,
        { width: columnWidth },
      );
    const ticks = [0, 5, 10].map((v) => ({ value: v, label: String(v) }));
    lineChart(
      doc,
      { ...frame(y + 28, 85, ticks, 0, 10), x, width: columnWidth },
      [
        {
          points: dated.map((h) => ({ date: h.date, value: h.visionLevel })),
          color: ACCENT,
          step: true,
          dash: true,
        },
        {
          points: dated.flatMap((h) =>
            h.realityLevel === null ? [] : [{ date: h.date, value: h.realityLevel }],
          ),
          color: SERIES[1]!,
          step: true,
        },
      ],
      {
        upper: dated.map((h) => ({ date: h.date, value: h.visionLevel })),
        lower: dated.map((h) => ({ date: h.date, value: h.realityLevel ?? h.visionLevel })),
        color: ACCENT_LIGHT,
      },
    );
  });
  doc.y = chartsTop + Math.ceil(charted.length / 2) * 125;
  doc.x = MARGIN;
  if (charted.length > 0) {
    doc.y = legend(doc, MARGIN, doc.y, width, [
      { label: 'Vision', color: ACCENT, dash: true },
      { label: 'Reality', color: SERIES[1]! },
    ]);
  }
  if (year.aspirations.length > MOST_CHARTED) {
    doc.moveDown(0.5);
    empty(`And ${year.aspirations.length - MOST_CHARTED} more aspirations, in the app.`);
  }

  // Page 2: practice strength and mood.
  doc.addPage();
  heading(
    'Practice strength',
    'How established each practice is, 0–100%, day by day: check-ins done raise it, missed days lower it, skipped days leave it as it was.',
  );
  const practices = year.practices.slice(0, MOST_CHARTED);
  if (practices.length === 0) empty('No practices in this year.');
  else {
    const y = doc.y;
    lineChart(
      doc,
      frame(y, 190, percentTicks, 0, 100),
      practices.map((p, i) => ({
        points: strengthSeries(p.schedule, p.checkIns, p.startDate, to).map((s) => ({
          date: s.date,
          value: s.strength * 100,
        })),
        color: SERIES[i % SERIES.length]!,
      })),
    );
    doc.y = legend(
      doc,
      MARGIN + 30,
      y + 198,
      width - 30,
      practices.map((p, i) => ({ label: print(p.name), color: SERIES[i % SERIES.length]! })),
    );
    doc.x = MARGIN;
    doc.moveDown(1.5);
  }
  heading(
    'Mood',
    'How pleasant and how energetic you felt, −5 to 5, the mean of each week’s mood check-ins and the moods of your reflections.',
  );
  if (year.mood.pleasantness.length === 0) empty('No moods recorded in this year.');
  else {
    const y = doc.y;
    const ticks = [-5, 0, 5].map((v) => ({ value: v, label: v > 0 ? `+${v}` : String(v) }));
    lineChart(doc, frame(y, 170, ticks, -5, 5), [
      { points: year.mood.pleasantness, color: ACCENT, dots: true, breakAfterDays: WEEKS_JOINED },
      {
        points: year.mood.energy,
        color: SERIES[1]!,
        dash: true,
        dots: true,
        breakAfterDays: WEEKS_JOINED,
      },
    ]);
    legend(doc, MARGIN + 30, y + 178, width - 30, [
      { label: 'Pleasantness', color: ACCENT },
      { label: 'Energy', color: SERIES[1]!, dash: true },
    ]);
  }

  // Page 3: alignment.
  doc.addPage();
  heading(
    'Values in action',
    'Alignment of each weekly review: how well the week’s actions reflected your top values, the mean of your ratings as a percentage.',
  );
  if (year.alignments.length === 0) empty('No rated weekly reviews in this year.');
  else {
    lineChart(doc, frame(doc.y, 190, percentTicks, 0, 100), [
      { points: year.alignments, color: ACCENT, dots: true, breakAfterDays: WEEKS_JOINED },
    ]);
  }

  // Then the chosen reflections, on the same page and the ones after.
  doc.moveDown(2);
  heading(
    'Reflections of the year',
    'One from each quarter: the longest reflection you wrote in it (the most recent, if two are as long).',
  );
  year.quarters.forEach((quarter, q) => {
    const r = year.chosen[q];
    if (doc.y > doc.page.height - MARGIN - 100) doc.addPage();
    doc
      .font(BOLD)
      .fontSize(9)
      .fillColor(MUTED)
      .text(`${shortDate(quarter.from)} – ${shortDate(quarter.to)}`.toUpperCase(), MARGIN, doc.y, {
        width,
        characterSpacing: 0.8,
      });
    doc.moveDown(0.3);
    if (!r) {
      empty('No reflection in this quarter.');
      return;
    }
    doc
      .font(BOLD)
      .fontSize(12.5)
      .fillColor(INK)
      .text(print(r.title || 'Untitled'), { width });
    doc.font(BODY).fontSize(9).fillColor(MUTED).text(shortDate(r.date), { width });
    doc.moveDown(0.4);
    let left = EXCERPT;
    for (const block of plainBlocks(r.body)) {
      if (left <= 0) break;
      const text = print(block.text);
      const shown = text.length > left ? `${text.slice(0, left).trimEnd()}…` : text;
      left -= text.length;
      doc
        .font(block.kind === 'heading' ? BOLD : BODY)
        .fontSize(10.5)
        .fillColor(INK)
        .text(block.kind === 'item' ? `•  ${shown}` : shown, MARGIN, doc.y, {
          width,
          lineGap: 2.5,
        });
      doc.moveDown(0.3);
    }
    doc.moveDown(1.2);
  });

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i += 1) {
    doc.switchToPage(pages.start + i);
    // The footer sits in the bottom margin; without this pdfkit would start a page for it.
    doc.page.margins.bottom = 0;
    doc
      .font(BODY)
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${i + 1} / ${pages.count}`, MARGIN, doc.page.height - MARGIN / 2, {
        width,
        align: 'right',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
