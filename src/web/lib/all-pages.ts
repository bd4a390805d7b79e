import type { z } from 'zod';
import { MAX_PAGE_SIZE } from '../../core/pagination';
import { pageOf } from '../../contracts/common';
import { apiRequest } from './api-client';

/**
 * Every item of a paged list, for a view that shows the whole list: asks for the largest pages
 * and follows `nextCursor` until the last. `path` may carry a query string of its own.
 */
export async function fetchAllPages<T>(path: string, item: z.ZodType<T>): Promise<T[]> {
  const schema = pageOf(item);
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ limit: String(MAX_PAGE_SIZE) });
    if (cursor !== null) params.set('cursor', cursor);
    const separator = path.includes('?') ? '&' : '?';
    const page = await apiRequest('GET', `${path}${separator}${params.toString()}`, { schema });
    items.push(...(page.items as T[]));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}
