import { z } from 'zod';
import {
  type CursorKeys,
  type CursorKind,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  MAX_PAGE_SIZE,
} from '../core/pagination';

/** The one error shape every API route answers with. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. validation_failed'),
      message: z.string().describe('A sentence for people'),
      details: z.unknown().describe('Structured detail, e.g. the failing fields'),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** What a client is told about a cursor the list did not give. */
export const INVALID_CURSOR = 'Send a nextCursor this list gave, unchanged.';

/**
 * The `cursor` query parameter of a list ordered by keys of one kind, read at the edge: the
 * route gets the key, and a cursor the list did not give answers 400 `validation_failed`.
 */
export function cursorOf<K extends CursorKind>(kind: K) {
  return z
    .string()
    .max(200)
    .transform((cursor, ctx): CursorKeys[K] => {
      const key = decodeCursor(kind, cursor);
      if (key === null) {
        ctx.addIssue({ code: 'custom', message: INVALID_CURSOR });
        return z.NEVER;
      }
      return key;
    })
    .describe('The nextCursor of the page before, unchanged');
}

/** `limit` and `cursor` of a list ordered by keys of the given kind. */
export function pageQuery<K extends CursorKind>(kind: K) {
  return z.object({
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
    cursor: cursorOf(kind).optional(),
  });
}

/** The query of a list ordered by id, newest or oldest first. */
export const PageQuery = pageQuery('id');
export type PageQuery = z.infer<typeof PageQuery>;

/** A page of a list: every list in the API answers in this shape. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const IdParams = z.object({ id: z.string().min(1).max(64) });

/** An ISO 8601 instant in UTC, as every timestamp in the API is written. */
export const Timestamp = z.string().describe('ISO 8601 instant in UTC');

/** The (empty) answer of a route that answers 204. */
export const NoContent = z.null().describe('No content');

/** A person as others see them: an id and a name, never an email. */
export const Person = z.object({ id: z.string(), name: z.string() }).meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;
