import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { isCalendarDate } from '../../../../core/calendar';
import { chain, ImportFileError, isZip, zipEntries } from '../sources';
import type { Importer, SourceItem } from './source-item';

type Row = Record<string, string>;
type Habit = {
  name: string;
  description: string;
  numerator: number;
  denominator: number;
  archived: boolean;
};

/** Loop's check-mark values: 2 checked by hand, 3 skipped; 1 (implied), 0 and -1 are no check-in. */
const CHECKS: Record<string, 'done' | 'skipped'> = {
  '2': 'done',
  '3': 'skipped',
  YES_MANUAL: 'done',
  SKIP: 'skipped',
};

async function rowsOf(text: Readable, name: string, columns: boolean): Promise<Row[] | string[][]> {
  const rows = [];
  try {
    const parser = parse({ columns, trim: true, skip_empty_lines: true, bom: true });
    for await (const row of chain(text, parser)) {
      rows.push(row);
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      `${name} is not a CSV file Loop makes (${(error as Error).message}).`,
    );
  }
  return rows;
}

function scheduleOf(h: Habit) {
  if (h.numerator >= 1 && h.denominator === 1) return { type: 'daily' as const };
  const times = Math.round((7 * h.numerator) / Math.max(1, h.denominator));
  return times >= 7
    ? { type: 'daily' as const }
    : { type: 'weekly' as const, times: Math.max(1, times) };
}

/**
 * A Loop Habit Tracker CSV export (the zip of `Habits.csv` and `Checkmarks.csv`): each habit
 * becomes a practice with its frequency as a schedule, and its check marks become check-ins
 * (checked by hand → done, skipped → skipped). Old (NumRepetitions/Interval) and new
 * (FrequencyNumerator/FrequencyDenominator) column names are read.
 */
export const loopImporter: Importer = async function* (path) {
  if (!(await isZip(path)))
    throw new ImportFileError('Choose the zip Loop exports (Export as CSV).');
  let habits: Habit[] | null = null;
  let marks: string[][] | null = null;
  for await (const entry of zipEntries(path)) {
    const base = entry.name.split('/').pop()!;
    if (entry.name === base && base === 'Habits.csv') {
      habits = ((await rowsOf(entry.text(), base, true)) as Row[]).map((r) => ({
        name: r.Name ?? '',
        description: r.Description || r.Question || '',
        numerator: Number(r.FrequencyNumerator ?? r.NumRepetitions ?? 1),
        denominator: Number(r.FrequencyDenominator ?? r.Interval ?? 1),
        archived: /^(true|1|yes)$/i.test(r['Archived?'] ?? ''),
      }));
    } else if (entry.name === base && base === 'Checkmarks.csv') {
      marks = (await rowsOf(entry.text(), base, false)) as string[][];
    }
  }
  if (!habits) throw new ImportFileError('The zip holds no Habits.csv; is it a Loop CSV export?');
  const [header = [], ...days] = marks ?? [];
  const today = new Date().toISOString().slice(0, 10);
  for (const [index, habit] of habits.entries()) {
    const label = `Habits.csv row ${index + 2} (${habit.name || 'no name'})`;
    if (!habit.name) {
      yield { rejected: { item: label, reason: 'The habit has no name.' } } satisfies SourceItem;
      continue;
    }
    if (
      !Number.isFinite(habit.numerator) ||
      !Number.isFinite(habit.denominator) ||
      habit.numerator < 1
    ) {
      yield {
        rejected: { item: label, reason: 'Its frequency is not a number of times per days.' },
      };
      continue;
    }
    const column = header.indexOf(habit.name);
    const checkIns = [];
    const badDates: string[] = [];
    for (const day of column > 0 ? days : []) {
      const status = CHECKS[day[column] ?? ''];
      if (!status) continue;
      const date = day[0] ?? '';
      if (!isCalendarDate(date) || date > today) badDates.push(date);
      else checkIns.push({ date, status });
    }
    if (badDates.length) {
      yield {
        rejected: {
          item: label,
          reason: `Check marks on dates that are not real days: ${badDates.slice(0, 3).join(', ')}.`,
        },
      };
      continue;
    }
    checkIns.sort((a, b) => a.date.localeCompare(b.date));
    const startDate = checkIns[0]?.date ?? today;
    const createdAt = `${startDate}T00:00:00.000Z`;
    yield {
      section: 'practices',
      key: `loop:${habit.name}`,
      label,
      record: {
        id: habit.name,
        name: habit.name.slice(0, 200),
        description: habit.description.slice(0, 2000),
        schedule: scheduleOf(habit),
        aspirationId: null,
        valueId: null,
        startDate,
        archivedAt: habit.archived ? `${today}T00:00:00.000Z` : null,
        createdAt,
        updatedAt: createdAt,
        checkIns: checkIns.map((c) => ({
          id: `${habit.name}#${c.date}`,
          ...c,
          note: null,
          createdAt: `${c.date}T12:00:00.000Z`,
          updatedAt: `${c.date}T12:00:00.000Z`,
        })),
      },
    };
  }
};
