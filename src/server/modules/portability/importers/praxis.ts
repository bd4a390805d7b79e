import parser from 'stream-json/parser.js';
import Assembler from 'stream-json/assembler.js';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_SECTIONS,
  type ArchiveSectionName,
} from '../../../../contracts/portability-archive';
import { chain, fileText, ImportFileError } from '../sources';
import type { Importer, SourceItem } from './source-item';

/** The largest single item an archive may hold (a reflection of 20 000 characters is ~80 KB). */
const MAX_ITEM_CHARS = 4 * 1024 * 1024;

type Token = { name: string; value?: unknown };

const isSection = (key: string): key is ArchiveSectionName => Object.hasOwn(ARCHIVE_SECTIONS, key);

/**
 * A Praxis archive, read as a stream of JSON tokens: each section's items are assembled one at a
 * time, so a file of any size needs only one item's memory. Not JSON, not an archive, or a newer
 * format version fails the whole import.
 */
export const praxisImporter: Importer = async function* (path, { fileName }) {
  const tokens = chain(fileText(path, fileName), parser.asStream());
  let depth = 0;
  let key: string | null = null;
  let section: ArchiveSectionName | null = null;
  let index = 0;
  let item: Assembler | null = null;
  let itemChars = 0;
  let format: unknown;
  let version: unknown;
  try {
    for await (const token of tokens as AsyncIterable<Token>) {
      if (item) {
        if (token.name === 'stringChunk') itemChars += String(token.value).length;
        if (itemChars > MAX_ITEM_CHARS) {
          throw new ImportFileError(`${section}[${index}] is larger than an item can be.`);
        }
        item.consume(token as never);
        if (item.done) {
          yield itemOf(section!, index, item.current);
          index += 1;
          item = null;
        }
        continue;
      }
      if (token.name === 'startObject' || token.name === 'startArray') {
        if (depth === 0 && token.name !== 'startObject') throw notArchive(fileName);
        if (depth === 1 && token.name === 'startArray' && key && isSection(key)) {
          section = key;
          index = 0;
        } else if (depth === 2 && section) {
          item = new Assembler();
          itemChars = 0;
          item.consume(token as never);
          continue;
        }
        depth += 1;
      } else if (token.name === 'endObject' || token.name === 'endArray') {
        depth -= 1;
        if (depth === 1) section = null;
      } else if (depth === 1 && token.name === 'keyValue') {
        key = String(token.value);
      } else if (depth === 1 && key === 'format' && token.name === 'stringValue') {
        format = token.value;
      } else if (depth === 1 && key === 'formatVersion' && token.name === 'numberValue') {
        version = Number(token.value);
      } else if (depth === 2 && section && /Value$/.test(token.name)) {
        yield { rejected: { item: `${section}[${index}]`, reason: 'Not an item (an object).' } };
        index += 1;
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`${fileName} is not valid JSON (${(error as Error).message}).`);
  }
  if (format !== ARCHIVE_FORMAT) throw notArchive(fileName);
  if (typeof version !== 'number' || version > ARCHIVE_FORMAT_VERSION) {
    throw new ImportFileError(
      `${fileName} is a Praxis archive of format version ${String(version)}; this server reads version ${ARCHIVE_FORMAT_VERSION} and older.`,
    );
  }
};

const notArchive = (fileName: string) =>
  new ImportFileError(`${fileName} is not a Praxis archive (from Account → Your data → JSON).`);

function itemOf(section: ArchiveSectionName, index: number, value: unknown): SourceItem {
  const record = value as Record<string, unknown>;
  const id = record[section === 'promptDeliveries' ? 'date' : 'id'];
  const label = `${section}[${index}]`;
  return { section, key: `${section}:${typeof id === 'string' ? id : label}`, label, record };
}
