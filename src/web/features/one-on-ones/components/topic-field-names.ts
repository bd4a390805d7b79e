/** The names of a topic's fields, in the add form and the edit dialog. */
export const TOPIC_FIELDS = ['title', 'notes'] as const;
