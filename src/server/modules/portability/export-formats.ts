import type { ExportFormat } from '../../../contracts/portability';
import type { Db } from '../../db/database';
import { csvEntries } from './export-csv';
import { archiveJson } from './export-json';
import { markdownEntries } from './export-markdown';
import { yearReport } from './export-pdf';
import { zipStream } from './export-zip';

/** What a download is: its content type, the end of its file name, and its bytes as they come. */
export type Download = {
  type: string;
  suffix: string;
  body: AsyncIterable<string | Uint8Array> | Buffer;
};

/**
 * Each export format of `GET /api/export`, made for one person at one instant. The archive and
 * the zips stream as they are read; the PDF, a few pages, is made whole first.
 */
export async function exportOf(
  format: ExportFormat,
  db: Db,
  userId: string,
  now: string,
): Promise<Download> {
  switch (format) {
    case 'json':
      return {
        type: 'application/json; charset=utf-8',
        suffix: '.json',
        body: archiveJson(db, userId, now),
      };
    case 'markdown':
      return {
        type: 'application/zip',
        suffix: '-markdown.zip',
        body: zipStream(markdownEntries(db, userId, now), now),
      };
    case 'csv':
      return {
        type: 'application/zip',
        suffix: '-csv.zip',
        body: zipStream(csvEntries(db, userId), now),
      };
    case 'pdf':
      return {
        type: 'application/pdf',
        suffix: '-year-in-practice.pdf',
        body: await yearReport(db, userId, now),
      };
  }
}
