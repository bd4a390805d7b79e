import { Zip, ZipDeflate } from 'fflate';
import type { ArchiveRecord, ArchiveSectionName } from '../../../contracts/portability-archive';
import type { Db } from '../../db/database';
import { sectionOf } from './archive-sections';
import { sectionRecords } from './queries';

/** One file of a zip export: its path in the zip and its text, whole or piece by piece. */
export type ZipEntry = { name: string; content: string | AsyncIterable<string | Uint8Array> };

const encoder = new TextEncoder();
const bytes = (chunk: string | Uint8Array) =>
  typeof chunk === 'string' ? encoder.encode(chunk) : chunk;

/**
 * A zip made by fflate as it is read: each entry is deflated as its content arrives and the zip's
 * bytes are handed on at once, so only the piece being compressed is ever in memory. `mtime` is
 * the time every file is stamped with (the export's).
 */
export async function* zipStream(
  entries: AsyncIterable<ZipEntry>,
  mtime: string,
): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else out.push(data);
  });
  const drain = function* () {
    if (failure) throw failure;
    yield* out.splice(0);
  };
  for await (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    if (typeof entry.content === 'string') {
      file.push(bytes(entry.content), true);
    } else {
      for await (const chunk of entry.content) {
        file.push(bytes(chunk));
        yield* drain();
      }
      file.push(new Uint8Array(0), true);
    }
    yield* drain();
  }
  zip.end();
  yield* drain();
}

/** One section's items of a person, typed as the archive holds them, read page by page. */
export function recordsOf<S extends ArchiveSectionName>(
  db: Db,
  userId: string,
  name: S,
): AsyncGenerator<ArchiveRecord<S>> {
  return sectionRecords(db, userId, sectionOf(name)) as AsyncGenerator<ArchiveRecord<S>>;
}
