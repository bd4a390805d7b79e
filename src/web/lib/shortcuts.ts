/** The id of the Journal's search field, which the `/` shortcut (app/keyboard-shortcuts) focuses. */
export const JOURNAL_SEARCH_ID = 'journal-search';
