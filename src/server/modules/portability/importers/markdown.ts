import matter from 'gray-matter';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { isCalendarDate, localDate } from '../../../../core/calendar';
import { fileText, ImportFileError, isZip, NotUtf8Error, zipEntries } from '../sources';
import { tagsOf } from './tags';
import type { ImportContext, Importer, SourceItem } from './source-item';

/** The largest note read; a larger one is left out unread (a reflection holds 200 000 characters). */
const MAX_NOTE_BYTES = 1024 * 1024;

const isNote = (name: string) => /\.(md|markdown)$/i.test(name);
/** Folders a vault keeps for itself (`.obsidian/`, `.trash/`) and macOS's `__MACOSX/`. */
const isHidden = (name: string) =>
  name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');

/** Only YAML and JSON front matter: gray-matter would run `---js` front matter as code. */
const refuse = () => {
  throw new Error('only YAML front matter is read');
};
const MATTER_OPTIONS = { engines: { js: refuse, javascript: refuse, coffee: refuse } };

/**
 * Markdown daily notes (an Obsidian vault or any folder of notes, zipped; or one `.md` file):
 * each note becomes a daily reflection. Its date comes from its front matter (`date:`) or its
 * file name (`2026-01-05.md`, `journal/2026/2026-01-05 Monday.md`), its title from the front
 * matter's `title:` or a first `# heading`, its tags from the front matter's `tags:` and the
 * `#tags` in its text. A note that is not UTF-8 is left out with the reason; the rest is kept.
 */
export const markdownImporter: Importer = async function* (path, context) {
  if (await isZip(path)) {
    let notes = 0;
    for await (const entry of zipEntries(path)) {
      if (!isNote(entry.name) || isHidden(entry.name)) continue;
      notes += 1;
      yield await noteOf(entry.name, entry.size, entry.text, context);
    }
    if (notes === 0) throw new ImportFileError('The zip holds no Markdown notes (.md).');
  } else if (isNote(context.fileName)) {
    const { size } = await stat(path);
    yield await noteOf(context.fileName, size, () => fileText(path, context.fileName), context);
  } else {
    throw new ImportFileError('Choose a zip of Markdown notes (or one .md file).');
  }
};

async function textOf(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** A note's date and time from its front matter's `date:` line, as written (YAML would roll 02-30 over). */
function frontMatterDate(
  raw: string,
  timeZone: string,
): { date: string; at: string } | null | undefined {
  const line = /^date:[ \t]*["']?([^"'\n]*?)["']?[ \t]*$/m.exec(raw);
  if (!line) return undefined;
  const value = line[1]!.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return isCalendarDate(value) ? { date: value, at: `${value}T12:00:00.000Z` } : null;
  }
  const day = value.slice(0, 10);
  const instant = Date.parse(value);
  if (!isCalendarDate(day) || Number.isNaN(instant)) return null;
  const at = new Date(instant).toISOString();
  return { date: localDate(at, timeZone), at };
}

function fileNameDate(name: string): { date: string; at: string } | null | undefined {
  const base = name.split('/').pop() ?? name;
  const match = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(base);
  if (!match) return undefined;
  const date = match[1]!;
  return isCalendarDate(date) ? { date, at: `${date}T12:00:00.000Z` } : null;
}

/** `#tags` in the text (Obsidian's: not all digits, not a heading, not inside a word or link). */
function inlineTags(body: string): string[] {
  const tags = [];
  for (const match of body.matchAll(/(?:^|[\s(])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu)) {
    tags.push(match[1]!.replace(/\//g, '-'));
  }
  return tags;
}

function frontMatterTags(value: unknown): string[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/[,\s]+/)
      : [];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^#/, ''));
}

async function noteOf(
  name: string,
  size: number,
  text: () => Readable,
  { timeZone }: ImportContext,
): Promise<SourceItem> {
  const reject = (reason: string): SourceItem => ({ rejected: { item: name, reason } });
  if (size > MAX_NOTE_BYTES) return reject('The note is larger than a reflection can be (1 MB).');
  let source: string;
  try {
    source = await textOf(text());
  } catch (error) {
    if (error instanceof NotUtf8Error) return reject(error.message);
    throw error;
  }
  let note: matter.GrayMatterFile<string>;
  try {
    note = matter(source.replace(/\r\n?/g, '\n'), MATTER_OPTIONS);
  } catch {
    return reject('Its front matter cannot be read (YAML between --- lines).');
  }
  const data = (note.data ?? {}) as Record<string, unknown>;
  const when = frontMatterDate(note.matter ?? '', timeZone) ?? fileNameDate(name);
  if (when === undefined) {
    return reject('It has no date: name it YYYY-MM-DD.md or add date: to its front matter.');
  }
  if (when === null) return reject('Its date is not a real day.');
  if (when.date > new Date().toISOString().slice(0, 10))
    return reject('Its date is in the future.');
  const content = note.content.trim();
  const [first = '', ...rest] = content.split('\n');
  const heading = /^#{1,6}\s+(.+)$/.exec(first.trim());
  const title = typeof data.title === 'string' ? data.title.trim() : (heading?.[1]?.trim() ?? '');
  const body = heading && typeof data.title !== 'string' ? rest.join('\n').trim() : content;
  if (!title && !body) return reject('The note is empty.');
  return {
    section: 'reflections',
    key: `markdown:${name}`,
    label: `${name} (${when.date})`,
    record: {
      id: createHash('sha256').update(name).digest('hex').slice(0, 32),
      kind: 'daily',
      title: title.slice(0, 500),
      body,
      promptId: null,
      moodPleasantness: null,
      moodEnergy: null,
      emotions: [],
      tags: tagsOf([...frontMatterTags(data.tags), ...inlineTags(body)]),
      form: null,
      at: when.at,
      date: when.date,
      createdAt: when.at,
      updatedAt: when.at,
    },
  };
}
