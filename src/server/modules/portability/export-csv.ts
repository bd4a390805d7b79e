import { stringify } from 'csv-stringify';
import { pipeline, Readable } from 'node:stream';
import type { Schedule } from '../../../core/practice';
import type { Db } from '../../db/database';
import { recordsOf, type ZipEntry } from './export-zip';

type Row = Record<string, string | number | null>;

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A schedule in words: "daily", "3 times a week", "Mon Wed Fri". */
export function scheduleText(schedule: Schedule) {
  if (schedule.type === 'daily') return 'daily';
  if (schedule.type === 'weekly')
    return `${schedule.times} ${schedule.times === 1 ? 'time' : 'times'} a week`;
  return [...new Set(schedule.days)]
    .sort((a, b) => a - b)
    .map((d) => WEEKDAYS[d - 1])
    .join(' ');
}

/** Words of a list in one cell. */
const list = (words: readonly string[]) => words.join('; ');

/**
 * One CSV file as it is written: csv-stringify quotes what needs quoting (commas, quotes, line
 * breaks), the first line names the columns, and a byte-order mark tells spreadsheet programs
 * it is UTF-8. Rows are read as the zip asks for them; an error of the reading ends the file.
 */
function csv(columns: string[], rows: () => AsyncIterable<Row>): AsyncIterable<Buffer> {
  return pipeline(
    Readable.from(rows()),
    stringify({ header: true, columns, bom: true, record_delimiter: 'windows' }),
    () => {},
  );
}

/**
 * The files of the CSV export: practices and their check-ins, learning items and their sessions,
 * and reactions. Children name their parent by its archive id (the same as in the JSON archive)
 * and by name, so each file reads on its own.
 */
export async function* csvEntries(db: Db, userId: string): AsyncGenerator<ZipEntry> {
  yield {
    name: 'practices.csv',
    content: csv(
      [
        'practice_id',
        'name',
        'description',
        'schedule',
        'start_date',
        'archived_at',
        'created_at',
        'done',
        'skipped',
      ],
      async function* () {
        for await (const p of recordsOf(db, userId, 'practices')) {
          yield {
            practice_id: p.id,
            name: p.name,
            description: p.description,
            schedule: scheduleText(p.schedule),
            start_date: p.startDate,
            archived_at: p.archivedAt,
            created_at: p.createdAt,
            done: p.checkIns.filter((c) => c.status === 'done').length,
            skipped: p.checkIns.filter((c) => c.status === 'skipped').length,
          };
        }
      },
    ),
  };
  yield {
    name: 'practice-check-ins.csv',
    content: csv(['practice_id', 'practice', 'date', 'status', 'note'], async function* () {
      for await (const p of recordsOf(db, userId, 'practices')) {
        for (const c of p.checkIns) {
          yield {
            practice_id: p.id,
            practice: p.name,
            date: c.date,
            status: c.status,
            note: c.note,
          };
        }
      }
    }),
  };
  yield {
    name: 'learning.csv',
    content: csv(
      [
        'item_id',
        'kind',
        'title',
        'source',
        'url',
        'status',
        'started_on',
        'finished_on',
        'minutes',
        'insights',
        'created_at',
      ],
      async function* () {
        for await (const l of recordsOf(db, userId, 'learningItems')) {
          yield {
            item_id: l.id,
            kind: l.kind,
            title: l.title,
            source: l.source,
            url: l.url,
            status: l.status,
            started_on: l.startedOn,
            finished_on: l.finishedOn,
            minutes: l.sessions.reduce((sum, s) => sum + s.minutes, 0),
            insights: l.insights,
            created_at: l.createdAt,
          };
        }
      },
    ),
  };
  yield {
    name: 'learning-sessions.csv',
    content: csv(['item_id', 'item', 'date', 'minutes', 'note'], async function* () {
      for await (const l of recordsOf(db, userId, 'learningItems')) {
        for (const s of l.sessions) {
          yield { item_id: l.id, item: l.title, date: s.date, minutes: s.minutes, note: s.note };
        }
      }
    }),
  };
  yield {
    name: 'reactions.csv',
    content: csv(
      [
        'reaction_id',
        'date',
        'at',
        'trigger',
        'emotions',
        'intensity',
        'automatic_reaction',
        'chosen_response',
        'outcome',
      ],
      async function* () {
        for await (const r of recordsOf(db, userId, 'reactions')) {
          yield {
            reaction_id: r.id,
            date: r.date,
            at: r.at,
            trigger: r.trigger,
            emotions: list(r.emotions),
            intensity: r.intensity,
            automatic_reaction: r.automaticReaction,
            chosen_response: r.chosenResponse,
            outcome: r.outcome,
          };
        }
      },
    ),
  };
}
