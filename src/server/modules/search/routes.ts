import { SearchQuery, SearchResult } from '../../../contracts/search';
import { listRoute } from '../../http/list-route';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { searchMyWriting } from './queries';

/** Search over everything I wrote (docs/decisions/0032-search.md). */
export async function searchRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'search');
  listRoute(
    route,
    '/api/search',
    {
      summary:
        'Everything I wrote that holds the words of q, most relevant first, with highlighted snippets',
      item: SearchResult,
      query: SearchQuery,
    },
    (userId, query) => searchMyWriting(db, userId, query),
  );
}
