import type { SearchQuery, SearchResult, SearchType } from '../../../contracts/search';
import { searchTerms } from '../../../core/search-text';
import type { Db } from '../../db/database';
import { searchDocuments } from '../../db/search-index';

/**
 * Everything I wrote that holds every word of `q`, most relevant first: reflections, weekly
 * reviews, learning items with their insights, reactions, beliefs and the 1:1 notes I wrote —
 * mine only, whatever is shared with me.
 */
export async function searchMyWriting(
  db: Db,
  userId: string,
  query: SearchQuery,
): Promise<{ items: SearchResult[]; nextCursor: string | null }> {
  const page = await searchDocuments(db, userId, {
    terms: searchTerms(query.q),
    limit: query.limit,
    offset: query.cursor ?? 0,
  });
  return {
    items: page.items.map((hit) => ({
      type: hit.type as SearchType,
      id: hit.pageId,
      title: hit.title,
      date: hit.date,
      snippet: hit.snippet,
    })),
    nextCursor: page.nextCursor,
  };
}
