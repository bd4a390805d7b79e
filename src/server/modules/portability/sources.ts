import { createReadStream } from 'node:fs';
import { PassThrough, pipeline, type Readable, Transform } from 'node:stream';
import yauzl from 'yauzl';

/** A file an import cannot read at all: the import fails with this message and keeps nothing. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** Text that is not UTF-8 (or is UTF-16): a whole file fails with it; one note of many can be left out. */
export class NotUtf8Error extends ImportFileError {}

/** Limits on what a zip may unpack to: beyond them it is treated as a zip bomb. */
export const ZIP_LIMITS = {
  entries: 20_000,
  entryBytes: 200 * 1024 * 1024,
  totalBytes: 1024 * 1024 * 1024,
};

/**
 * Text of a file as UTF-8, decoded as it streams; a UTF-16 file or bytes that are not UTF-8
 * fail with a clear message (a leading UTF-8 byte-order mark is dropped).
 */
export function utf8Text(bytes: Readable, name: string): Readable {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let first = true;
  const text = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      if (first) {
        first = false;
        if (
          chunk.length >= 2 &&
          ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
        ) {
          done(new NotUtf8Error(`${name} is UTF-16 text; save or export it as UTF-8.`));
          return;
        }
      }
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(new NotUtf8Error(`${name} is not UTF-8 text; save or export it as UTF-8.`));
      }
    },
    flush(done) {
      try {
        const rest = decoder.decode();
        done(null, rest || undefined);
      } catch {
        done(new NotUtf8Error(`${name} is not UTF-8 text; save or export it as UTF-8.`));
      }
    },
  });
  return chain(bytes, text);
}

/**
 * Streams piped one into the next, the last returned: an error anywhere (an unreadable file, a
 * parser's) ends the last one with it, so whoever reads it sees the error and nothing hangs.
 */
export function chain(...streams: [Readable, ...NodeJS.ReadWriteStream[]]): Readable {
  return pipeline(streams, () => {}) as unknown as Readable;
}

/** The text of a file on disk, streamed. */
export const fileText = (path: string, name: string) => utf8Text(createReadStream(path), name);

/** Whether a file on disk starts like a zip. */
export async function isZip(path: string): Promise<boolean> {
  for await (const chunk of createReadStream(path, { start: 0, end: 3 })) {
    return (chunk as Buffer).readUInt32LE(0) === 0x04034b50;
  }
  return false;
}

export type ZipEntry = { name: string; size: number; text: () => Readable };

const openZip = (path: string) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true },
      (error, zip) => (error ? reject(zipError(error)) : resolve(zip)),
    ),
  );

function zipError(error: Error): ImportFileError {
  if (error instanceof ImportFileError) return error;
  if (/invalid relative path|absolute path|invalid characters in fileName/i.test(error.message)) {
    return new ImportFileError(
      'The zip holds a file whose name points outside the zip (like ../ or /); nothing was imported.',
    );
  }
  if (/too many bytes|too few bytes|exceeded/i.test(error.message)) {
    return new ImportFileError(
      'The zip unpacks to more than it says it holds; nothing was imported.',
    );
  }
  return new ImportFileError(`The zip cannot be read (${error.message}); nothing was imported.`);
}

/**
 * The files in a zip on disk, one at a time (folders left out), each read as streamed UTF-8
 * text when asked. Unsafe names, entries that unpack to more than they declare, and zips past
 * `ZIP_LIMITS` fail the whole import.
 */
export async function* zipEntries(path: string): AsyncGenerator<ZipEntry> {
  const zip = await openZip(path);
  let total = 0;
  let count = 0;
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        const onEntry = (e: yauzl.Entry) => {
          zip.off('end', onEnd).off('error', onError);
          resolve(e);
        };
        const onEnd = () => {
          zip.off('entry', onEntry).off('error', onError);
          resolve(null);
        };
        const onError = (e: Error) => {
          zip.off('entry', onEntry).off('end', onEnd);
          reject(zipError(e));
        };
        zip.once('entry', onEntry).once('end', onEnd).once('error', onError);
        zip.readEntry();
      });
      if (!entry) return;
      count += 1;
      total += entry.uncompressedSize;
      if (
        count > ZIP_LIMITS.entries ||
        entry.uncompressedSize > ZIP_LIMITS.entryBytes ||
        total > ZIP_LIMITS.totalBytes
      ) {
        throw new ImportFileError(
          'The zip unpacks to far more than an export holds (a zip bomb?); nothing was imported.',
        );
      }
      if (entry.fileName.endsWith('/')) continue;
      const name = entry.fileName;
      yield {
        name,
        size: entry.uncompressedSize,
        text: () => {
          const out = new PassThrough();
          zip.openReadStream(entry, (error, stream) => {
            if (error) out.destroy(zipError(error));
            else {
              stream.on('error', (e) => out.destroy(zipError(e)));
              stream.pipe(out);
            }
          });
          return utf8Text(out, name);
        },
      };
    }
  } finally {
    zip.close();
  }
}
