import { stringify } from 'csv-stringify';
import { pipeline, Readable } from 'node:stream';
import type { Schedule } from '../../../core/practice';
import type { Db } from '../../db/database';
import { recordsOf, type ZipEntry } from './export-zip';

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

/** A file's columns in order, each named once with how one record fills it. */
type Columns<T> = Record<string, (record: T) => string | number | null>;

/**
 * One CSV file of the export, as it is written: csv-stringify quotes what needs quoting (commas,
 * quotes, line breaks), the first line names the columns, and a byte-order mark tells spreadsheet
 * programs it is UTF-8. Records are read as the zip asks for them; an error of the reading ends
 * the file.
 */
function csvFile<T>(name: string, records: AsyncIterable<T>, columns: Columns<T>): ZipEntry {
  const names = Object.keys(columns);
  const fill = Object.values(columns);
  async function* rows() {
    for await (const record of records) yield fill.map((cell) => cell(record));
  }
  return {
    name,
    content: pipeline(
      Readable.from(rows()),
      stringify({ header: true, columns: names, bom: true, record_delimiter: 'windows' }),
      () => {},
    ),
  };
}

/** Each child of each record with its parent: a file of check-ins names their practice. */
async function* childrenOf<P, C>(parents: AsyncIterable<P>, children: (parent: P) => C[]) {
  for await (const parent of parents) {
    for (const child of children(parent)) yield { parent, child };
  }
}

const count = (checkIns: readonly { status: string }[], status: string) =>
  checkIns.filter((c) => c.status === status).length;

/**
 * The files of the CSV export: practices and their check-ins, learning items and their sessions,
 * reactions, and the meetings of my 1:1 spaces. Children name their parent by its archive id (the same as in the JSON archive)
 * and by name, so each file reads on its own.
 */
export async function* csvEntries(db: Db, userId: string): AsyncGenerator<ZipEntry> {
  yield csvFile('practices.csv', recordsOf(db, userId, 'practices'), {
    practice_id: (p) => p.id,
    name: (p) => p.name,
    description: (p) => p.description,
    schedule: (p) => scheduleText(p.schedule),
    start_date: (p) => p.startDate,
    archived_at: (p) => p.archivedAt,
    created_at: (p) => p.createdAt,
    done: (p) => count(p.checkIns, 'done'),
    skipped: (p) => count(p.checkIns, 'skipped'),
  });
  const checkIns = childrenOf(recordsOf(db, userId, 'practices'), (p) => p.checkIns);
  yield csvFile('practice-check-ins.csv', checkIns, {
    practice_id: ({ parent }) => parent.id,
    practice: ({ parent }) => parent.name,
    date: ({ child }) => child.date,
    status: ({ child }) => child.status,
    note: ({ child }) => child.note,
  });
  yield csvFile('learning.csv', recordsOf(db, userId, 'learningItems'), {
    item_id: (l) => l.id,
    kind: (l) => l.kind,
    title: (l) => l.title,
    source: (l) => l.source,
    url: (l) => l.url,
    status: (l) => l.status,
    started_on: (l) => l.startedOn,
    finished_on: (l) => l.finishedOn,
    minutes: (l) => l.sessions.reduce((sum, s) => sum + s.minutes, 0),
    insights: (l) => l.insights,
    created_at: (l) => l.createdAt,
  });
  const sessions = childrenOf(recordsOf(db, userId, 'learningItems'), (l) => l.sessions);
  yield csvFile('learning-sessions.csv', sessions, {
    item_id: ({ parent }) => parent.id,
    item: ({ parent }) => parent.title,
    date: ({ child }) => child.date,
    minutes: ({ child }) => child.minutes,
    note: ({ child }) => child.note,
  });
  yield csvFile('reactions.csv', recordsOf(db, userId, 'reactions'), {
    reaction_id: (r) => r.id,
    date: (r) => r.date,
    at: (r) => r.at,
    trigger: (r) => r.trigger,
    emotions: (r) => list(r.emotions),
    intensity: (r) => r.intensity,
    automatic_reaction: (r) => r.automaticReaction,
    chosen_response: (r) => r.chosenResponse,
    outcome: (r) => r.outcome,
  });
  yield csvFile('one-on-one-meetings.csv', recordsOf(db, userId, 'oneOnOneMeetings'), {
    space_id: (m) => m.spaceId,
    space: (m) => m.spaceTitle,
    with: (m) => m.otherPerson,
    date: (m) => m.date,
    time: (m) => m.time,
    time_zone: (m) => m.timeZone,
    minutes: (m) => m.durationMinutes,
    repeats: (m) => repeatText(m.repeatWeeks),
    place: (m) => m.place,
    set_by: (m) => m.setBy,
  });
}

/** A meeting's repeat in words: "once", "every week", "every 2 weeks". */
const repeatText = (weeks: number | null) =>
  weeks === null ? 'once' : weeks === 1 ? 'every week' : `every ${weeks} weeks`;
