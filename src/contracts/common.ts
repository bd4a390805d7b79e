import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/pagination';

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

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(200).optional(),
});
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
