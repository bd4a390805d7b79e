import { parse } from 'csv-parse';
import { isCalendarDate } from '../../../../core/calendar';
import { chain, fileText, ImportFileError } from '../sources';
import type { Importer, SourceItem } from './source-item';

type Row = Record<string, string | undefined>;

/** The columns without which a file is not a Goodreads library export. */
const REQUIRED = ['Book Id', 'Title', 'Exclusive Shelf'];

/** Goodreads' three exclusive shelves; any other exclusive shelf is a plan. */
const STATUS: Record<string, 'done' | 'in_progress' | 'planned'> = {
  read: 'done',
  'currently-reading': 'in_progress',
  'to-read': 'planned',
};

/** A Goodreads date (`2023/01/15`, or `2023-01-15`) as YYYY-MM-DD; '' when empty, null when not a real day. */
function dayOf(value: string | undefined): string | null | '' {
  const text = (value ?? '').trim();
  if (!text) return '';
  const day = text.replace(/\//g, '-');
  return isCalendarDate(day) ? day : null;
}

/** Goodreads writes reviews as HTML with `<br/>` for line breaks; Praxis keeps Markdown. */
const plain = (html: string) =>
  html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();

const stars = (rating: number) => `${'★'.repeat(rating)}${'☆'.repeat(5 - rating)} (${rating}/5)`;

/**
 * A Goodreads library export (My Books → Import and export → Export library, a CSV with one row
 * per book): each book becomes a learning item of kind book, its exclusive shelf its status
 * (read → done, currently-reading → in progress, to-read and any other → planned), Date Read its
 * finishing day and Date Added its creation; the rating, the other shelves and the review go into
 * its insights. Rows are read one at a time, so a library of any size needs one row's memory.
 */
export const goodreadsImporter: Importer = async function* (path, { fileName }) {
  const rows = chain(
    fileText(path, fileName),
    parse({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      columns: (header: string[]) => {
        if (!REQUIRED.every((column) => header.includes(column))) {
          throw new ImportFileError(
            `${fileName} is not a Goodreads library export (it needs the columns ${REQUIRED.join(', ')}).`,
          );
        }
        return header;
      },
    }),
  );
  let line = 1;
  try {
    for await (const row of rows as AsyncIterable<Row>) {
      line += 1;
      yield bookOf(row, `${fileName} row ${line}`);
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      `${fileName} is not a CSV file Goodreads makes (${(error as Error).message}).`,
    );
  }
  if (line === 1) throw new ImportFileError(`${fileName} holds no books.`);
};

function bookOf(row: Row, where: string): SourceItem {
  const title = (row.Title ?? '').trim();
  const label = `${where} (${title || 'no title'})`;
  const reject = (reason: string): SourceItem => ({ rejected: { item: label, reason } });
  const bookId = (row['Book Id'] ?? '').trim();
  if (!/^\d{1,20}$/.test(bookId)) return reject('Its Book Id is not a number.');
  if (!title) return reject('The book has no title.');
  const read = dayOf(row['Date Read']);
  const added = dayOf(row['Date Added']);
  if (read === null) return reject(`Date Read is not a real day: ${row['Date Read']}.`);
  if (added === null) return reject(`Date Added is not a real day: ${row['Date Added']}.`);
  const today = new Date().toISOString().slice(0, 10);
  if ((read && read > today) || (added && added > today))
    return reject('Its dates are in the future.');

  const exclusive = (row['Exclusive Shelf'] ?? '').trim().toLowerCase();
  const status = STATUS[exclusive] ?? 'planned';
  const shelves = (row.Bookshelves ?? '')
    .split(',')
    .map((shelf) => shelf.trim())
    .filter((shelf) => shelf && shelf !== exclusive);
  const rating = Number(row['My Rating'] ?? 0);
  const review = plain(row['My Review'] ?? '');
  const insights = [
    rating >= 1 && rating <= 5 ? `My rating: ${stars(Math.round(rating))}` : '',
    shelves.length ? `Goodreads shelves: ${shelves.join(', ')}` : '',
    review,
  ]
    .filter(Boolean)
    .join('\n\n');
  const author = [row.Author, row['Additional Authors']]
    .map((a) => (a ?? '').trim())
    .filter(Boolean)
    .join(', ');
  const created = `${added || read || today}T00:00:00.000Z`;
  const finished = status === 'done' && read ? read : null;
  const updated =
    finished && `${finished}T00:00:00.000Z` > created ? `${finished}T00:00:00.000Z` : created;
  return {
    section: 'learningItems',
    key: `goodreads:${bookId}`,
    label,
    record: {
      id: bookId,
      kind: 'book',
      title: title.slice(0, 500),
      source: author.slice(0, 500),
      url: `https://www.goodreads.com/book/show/${bookId}`,
      status,
      insights,
      startedOn: null,
      finishedOn: finished,
      createdAt: created,
      updatedAt: updated,
      aspirationIds: [],
      sessions: [],
    },
  };
}
