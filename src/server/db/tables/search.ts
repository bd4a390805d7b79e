/** The search index over everything a person wrote (migration 0029, docs/decisions/0032-search.md). */

/**
 * One searchable item, kept by triggers on its source table: its author, the id of the page it
 * opens (an item's own id; a weekly review's week; a 1:1 note's space), a title, its text and the
 * calendar date it belongs to. SQLite adds an FTS5 index over it, PostgreSQL a tsvector column.
 */
export interface SearchDocumentsTable {
  type: string;
  itemId: string;
  userId: string;
  pageId: string;
  title: string;
  body: string;
  date: string;
  at: string;
}

export interface SearchTables {
  searchDocuments: SearchDocumentsTable;
}
