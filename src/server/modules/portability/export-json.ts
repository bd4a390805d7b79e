import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION } from '../../../contracts/portability-archive';
import type { Db } from '../../db/database';
import { SECTIONS } from './archive-sections';
import { accountOf, sectionRecords } from './queries';

/**
 * A person's Praxis archive as JSON text, piece by piece (one item per line), so the answer
 * streams and no section is held whole. The shape is `contracts/portability-archive.ts`.
 */
export async function* archiveJson(db: Db, userId: string, exportedAt: string) {
  const head = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    exportedAt,
    account: await accountOf(db, userId),
  };
  yield JSON.stringify(head).slice(0, -1);
  for (const section of SECTIONS) {
    yield `,\n${JSON.stringify(section.name)}:[`;
    let separator = '\n';
    for await (const record of sectionRecords(db, userId, section)) {
      yield separator + JSON.stringify(record);
      separator = ',\n';
    }
    yield ']';
  }
  yield '}\n';
}
