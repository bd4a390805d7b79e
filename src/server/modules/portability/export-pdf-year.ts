import { addDays, dayNumber, mondayOfIsoWeek } from '../../../core/calendar';
import { alignment } from '../../../core/alignment';
import type { ArchiveRecord } from '../../../contracts/portability-archive';
import type { Db } from '../../db/database';
import type { ChartPoint } from './export-pdf-charts';
import { recordsOf } from './export-zip';

/**
 * What the "year in practice" report (`export-pdf.ts`) needs of a person's year, read from the
 * archive's sections one record at a time and kept small: counts, weekly means, the aspirations
 * and practices to chart, and one reflection chosen from each quarter.
 */

type Reflection = ArchiveRecord<'reflections'>;

/** The four quarters of the year shown: consecutive spans of about 91 days, the last ending today. */
function quartersOf(from: string, to: string) {
  const days = dayNumber(to) - dayNumber(from) + 1;
  return [0, 1, 2, 3].map((q) => ({
    from: addDays(from, Math.round((q * days) / 4)),
    to: addDays(from, Math.round(((q + 1) * days) / 4) - 1),
  }));
}

/** Weekly means of a −5…5 scale, dated by the week's Monday. */
function weeklyMeans(samples: { date: string; value: number }[]): ChartPoint[] {
  const weeks = new Map<string, number[]>();
  for (const s of samples) {
    const monday = addDays(s.date, -((dayNumber(s.date) + 3) % 7));
    weeks.set(monday, [...(weeks.get(monday) ?? []), s.value]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, values]) => ({
      date,
      value: values.reduce((sum, v) => sum + v, 0) / values.length,
    }));
}

/** What the report needs of a person's year, read section by section, kept small. */
export async function yearOf(db: Db, userId: string, from: string, to: string, timeZone: string) {
  const quarters = quartersOf(from, to);
  const chosen: (Reflection | null)[] = quarters.map(() => null);
  const mood = { pleasantness: [] as ChartPoint[], energy: [] as ChartPoint[] };
  let reflections = 0;
  for await (const r of recordsOf(db, userId, 'reflections')) {
    if (r.date < from || r.date > to) continue;
    reflections += 1;
    if (r.moodPleasantness !== null && r.moodEnergy !== null) {
      mood.pleasantness.push({ date: r.date, value: r.moodPleasantness });
      mood.energy.push({ date: r.date, value: r.moodEnergy });
    }
    const q = quarters.findIndex((span) => r.date >= span.from && r.date <= span.to);
    const best = chosen[q];
    if (
      q >= 0 &&
      r.body.trim() &&
      (!best ||
        r.body.length > best.body.length ||
        (r.body.length === best.body.length && r.at > best.at))
    )
      chosen[q] = r;
  }
  for await (const m of recordsOf(db, userId, 'moodCheckIns')) {
    if (m.date < from || m.date > to) continue;
    mood.pleasantness.push({ date: m.date, value: m.pleasantness });
    mood.energy.push({ date: m.date, value: m.energy });
  }
  const aspirations: ArchiveRecord<'aspirations'>[] = [];
  for await (const a of recordsOf(db, userId, 'aspirations')) {
    if (a.status !== 'released') aspirations.push(a);
  }
  const practices: ArchiveRecord<'practices'>[] = [];
  let checkIns = 0;
  for await (const p of recordsOf(db, userId, 'practices')) {
    const inYear = p.checkIns.filter((c) => c.date >= from && c.date <= to);
    checkIns += inYear.filter((c) => c.status === 'done').length;
    if (p.archivedAt === null || inYear.length > 0) practices.push(p);
  }
  const alignments: ChartPoint[] = [];
  for await (const w of recordsOf(db, userId, 'weeklyReviews')) {
    const monday = mondayOfIsoWeek(w.week);
    const value = alignment(w.ratings.map((r) => r.rating));
    if (monday && monday >= addDays(from, -6) && monday <= to && value !== null) {
      alignments.push({ date: monday, value });
    }
  }
  let minutes = 0;
  for await (const l of recordsOf(db, userId, 'learningItems')) {
    for (const s of l.sessions) if (s.date >= from && s.date <= to) minutes += s.minutes;
  }
  return {
    quarters,
    chosen,
    reflections,
    checkIns,
    minutes,
    weeklyReviews: alignments.length,
    mood: { pleasantness: weeklyMeans(mood.pleasantness), energy: weeklyMeans(mood.energy) },
    aspirations,
    practices,
    alignments: alignments.sort((a, b) => a.date.localeCompare(b.date)),
    timeZone,
  };
}
