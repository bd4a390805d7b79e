/** The names of a note's fields, in the add form and the edit dialog. */
export const NOTE_FIELDS = ['body'] as const;
