import type { Readable } from 'node:stream';
import parser from 'stream-json/parser.js';
import pick from 'stream-json/filters/pick.js';
import streamArray from 'stream-json/streamers/stream-array.js';
import { localDate } from '../../../../core/calendar';
import { chain, fileText, ImportFileError, isZip, zipEntries } from '../sources';
import { tagsOf } from './tags';
import type { Importer, SourceItem } from './source-item';

type DayOneEntry = {
  uuid?: unknown;
  creationDate?: unknown;
  modifiedDate?: unknown;
  timeZone?: unknown;
  text?: unknown;
  tags?: unknown;
};

/**
 * A Day One JSON export (the JSON file, or the zip Day One makes with one JSON file per journal):
 * each entry becomes a daily reflection with its text (a first `# heading` line as its title),
 * tags, and the calendar date of its creation in the entry's own time zone.
 */
export const dayOneImporter: Importer = async function* (path, context) {
  if (await isZip(path)) {
    let journals = 0;
    for await (const entry of zipEntries(path)) {
      if (!entry.name.toLowerCase().endsWith('.json')) continue;
      journals += 1;
      yield* entriesOf(entry.text(), entry.name, context.timeZone);
    }
    if (journals === 0) throw new ImportFileError('The zip holds no Day One journal (.json).');
  } else {
    yield* entriesOf(fileText(path, context.fileName), context.fileName, context.timeZone);
  }
};

async function* entriesOf(text: Readable, name: string, fallbackZone: string) {
  const items = chain(
    text,
    parser.asStream(),
    pick.asStream({ filter: 'entries' }),
    streamArray.asStream(),
  );
  let count = 0;
  try {
    for await (const { key, value } of items as AsyncIterable<{
      key: number;
      value: DayOneEntry;
    }>) {
      count += 1;
      yield entryOf(value, `${name} entries[${key}]`, fallbackZone);
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`${name} is not valid JSON (${(error as Error).message}).`);
  }
  if (count === 0) throw new ImportFileError(`${name} holds no Day One entries.`);
}

function zoneOr(zone: unknown, fallback: string): string {
  if (typeof zone !== 'string') return fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return fallback;
  }
}

function entryOf(entry: DayOneEntry, label: string, fallbackZone: string): SourceItem {
  const reject = (reason: string): SourceItem => ({ rejected: { item: label, reason } });
  if (typeof entry !== 'object' || entry === null) return reject('Not an entry.');
  if (typeof entry.uuid !== 'string' || !entry.uuid) return reject('The entry has no uuid.');
  const created = typeof entry.creationDate === 'string' ? Date.parse(entry.creationDate) : NaN;
  if (Number.isNaN(created)) return reject('creationDate is not a date.');
  if (created > Date.now()) return reject('creationDate is in the future.');
  const modified = typeof entry.modifiedDate === 'string' ? Date.parse(entry.modifiedDate) : NaN;
  const at = new Date(created).toISOString();
  const text = typeof entry.text === 'string' ? entry.text.replace(/\r\n/g, '\n') : '';
  const [first = '', ...rest] = text.split('\n');
  const heading = /^#{1,6}\s+(.+)$/.exec(first.trim());
  return {
    section: 'reflections',
    key: `dayone:${entry.uuid}`,
    label: `${label} (${at.slice(0, 10)})`,
    record: {
      id: entry.uuid,
      kind: 'daily',
      title: heading ? heading[1]!.trim().slice(0, 500) : '',
      body: heading ? rest.join('\n').trim() : text.trim(),
      promptId: null,
      moodPleasantness: null,
      moodEnergy: null,
      emotions: [],
      tags: tagsOf(entry.tags),
      form: null,
      at,
      date: localDate(at, zoneOr(entry.timeZone, fallbackZone)),
      createdAt: at,
      updatedAt:
        Number.isNaN(modified) || modified < created ? at : new Date(modified).toISOString(),
    },
  };
}
