import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { IdParams } from '../../../contracts/common';
import {
  ExportQuery,
  ImportCreated,
  ImportFormat,
  ImportSummary,
  MAX_IMPORT_BYTES,
} from '../../../contracts/portability';
import { AppError, badRequest } from '../../errors';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { nowIso } from '../../lib/time';
import { exportOf } from './export-formats';
import { importableFormats } from './import-job';
import { type LiveProgress, queueImport, registerImportJob, resumeImports } from './import-queue';
import { presentImport } from './presenters';
import { findOwnImport } from './queries';
import { localUploadPath } from './uploads';

type Upload = { format: ImportFormat; fileName: string; path: string };

/** Reads the multipart form: the file goes to disk as it arrives, never into memory. */
async function receive(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new AppError(415, 'unsupported_media_type', 'Send the file as multipart/form-data.');
  }
  const file = await localUploadPath('upload');
  let fileName: string | null = null;
  let format: unknown;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'format') format = part.value;
      } else if (part.fieldname === 'file' && fileName === null) {
        fileName = (part.filename || 'upload').slice(0, 200);
        await pipeline(part.file, createWriteStream(file));
        if (part.file.truncated) {
          throw new AppError(413, 'payload_too_large', 'The file is larger than 200 MB.');
        }
      } else {
        part.file.resume();
      }
    }
  } catch (error) {
    await rm(file, { force: true });
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(413, 'payload_too_large', 'The file is larger than 200 MB.');
    }
    throw badRequest('validation_failed', 'The form could not be read.');
  }
  const parsed = ImportFormat.safeParse(format);
  const issues = [
    ...(parsed.success
      ? []
      : [{ path: ['format'], message: `Choose one of ${ImportFormat.options.join(', ')}.` }]),
    ...(fileName === null ? [{ path: ['file'], message: 'Choose a file to import.' }] : []),
  ];
  if (parsed.success && !importableFormats().includes(parsed.data)) {
    issues.push({ path: ['format'], message: `Imports from ${parsed.data} are not ready yet.` });
  }
  if (!parsed.success || fileName === null || issues.length) {
    await rm(file, { force: true });
    throw badRequest('validation_failed', 'Choose a format and a file.', issues);
  }
  return { format: parsed.data, fileName, path: file };
}

/**
 * Your data, in and out: the full archive (and readable exports) of everything of mine, and
 * imports from a file that run in the background with a summary to follow.
 */
export async function portabilityRoutes(app: App, { db, jobs }: ServerDeps) {
  const live: LiveProgress = new Map();
  registerImportJob(db, jobs, live, (error, importId) =>
    app.log.error({ err: error, importId }, 'import failed'),
  );
  // After the queue has started (app.ts starts it in an earlier onReady hook).
  app.addHook('onReady', () => resumeImports(db, jobs));

  await app.register(async (scope: App) => {
    await scope.register(multipart, {
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 4, parts: 6 },
    });
    const route = routeTable(scope, 'portability');

    route.get(
      '/api/export',
      {
        summary:
          'Download everything of mine: json is the full archive an import reads back; markdown and csv are zips; pdf is the year in practice',
        query: ExportQuery,
        reply: z.any().describe('application/json'),
        errors: [400, 401],
      },
      async (request, reply) => {
        const now = nowIso();
        const download = await exportOf(request.query.format, db, callerId(request), now);
        const name = `praxis-${now.slice(0, 10)}${download.suffix}`;
        return reply
          .type(download.type)
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(Buffer.isBuffer(download.body) ? download.body : Readable.from(download.body));
      },
    );

    route.post(
      '/api/imports',
      {
        summary: 'Import a file (multipart: file, format); it runs in the background',
        reply: ImportCreated,
        also: { 202: ImportCreated },
        errors: [400, 401, 403, 413],
      },
      async (request, reply) => {
        const userId = callerId(request);
        const upload = await receive(request);
        try {
          const id = await queueImport(db, jobs, { userId, ...upload });
          return await reply.status(202).send({ id });
        } finally {
          await rm(upload.path, { force: true });
        }
      },
    );

    route.get(
      '/api/imports/:id',
      {
        summary: 'Where one of my imports stands, and its summary once done',
        params: IdParams,
        reply: ImportSummary,
        errors: [400, 401, 404],
      },
      async (request) => {
        const row = await findOwnImport(db, callerId(request), request.params.id);
        return presentImport(row, live.get(row.id));
      },
    );
  });
}
