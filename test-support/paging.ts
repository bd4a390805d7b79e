import { expect } from 'vitest';
import type { HttpClient } from './http-client';

/**
 * Reads a whole list page by page, `limit` items at a time, following `nextCursor`, and checks
 * that every page but the last is full and carries a cursor. Returns the pages' items in order.
 */
export async function readAllPages(client: HttpClient, path: string, limit: number) {
  const pages: unknown[][] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`;
    const response: { status: number; body: any } = await client.get(
      `${path}${path.includes('?') ? '&' : '?'}${query}`,
    );
    expect(response.status).toBe(200);
    pages.push(response.body.items);
    cursor = response.body.nextCursor;
    if (cursor !== null) expect(response.body.items).toHaveLength(limit);
  } while (cursor !== null);
  return pages.flat() as any[];
}

/**
 * Checks that a list read `limit` at a time holds exactly what it holds read at once: a cursor
 * on the first page, then no gaps and no repeats. Returns the ids in order.
 */
export async function expectPagedLikeWhole(client: HttpClient, path: string, limit: number) {
  const whole = (await client.get(path)).body;
  expect(whole.nextCursor).toBeNull();
  expect(whole.items.length).toBeGreaterThan(limit);
  const first = (await client.get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}`)).body;
  expect(first.nextCursor).toEqual(expect.any(String));
  const paged = await readAllPages(client, path, limit);
  expect(paged).toEqual(whole.items);
  return paged;
}
