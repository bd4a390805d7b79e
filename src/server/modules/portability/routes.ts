import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { mkdir, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { createImport, failInterruptedImports } from './commands';
import { exportOf } from './export-formats';
import { importableFormats, runImport } from './import-job';
import { inProcessRunner, type JobRunner } from './job-runner';
import { presentImport } from './presenters';
import { findOwnImport } from './queries';

const uploads = path.join(os.tmpdir(), 'praxis-imports');

type Upload = { format: ImportFormat; fileName: string; path: string };

/** Reads the multipart form: the file goes to disk as it arrives, never into memory. */
async function receive(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new AppError(415, 'unsupported_media_type', 'Send the file as multipart/form-data.');
  }
  await mkdir(uploads, { recursive: true });
  const file = path.join(uploads, `${newId()}.upload`);
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
export async function portabilityRoutes(app: App, { db }: ServerDeps, runner?: JobRunner) {
  const jobs =
    runner ?? inProcessRunner((error, job) => app.log.error({ err: error, job: job.id }));
  const live = new Map<string, number>();
  await failInterruptedImports(db);
  app.addHook('onClose', () => jobs.idle());

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
        const id = await createImport(db, userId, upload.format, upload.fileName);
        live.set(id, 0);
        jobs.enqueue({
          id,
          run: () =>
            runImport(db, { importId: id, userId, ...upload }, (p) => live.set(id, p)).finally(() =>
              live.delete(id),
            ),
        });
        return reply.status(202).send({ id });
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
