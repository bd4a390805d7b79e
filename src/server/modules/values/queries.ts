import type { Db } from '../../db/database';

export const valueColumns = [
  'id',
  'name',
  'description',
  'rank',
  'createdAt',
  'updatedAt',
] as const;

/** A person's values, most important first: all of them, at most MAX_VALUES. */
export function listValues(db: Db, userId: string) {
  return db
    .selectFrom('personalValues')
    .select(valueColumns)
    .where('userId', '=', userId)
    .orderBy('rank')
    .orderBy('id')
    .execute();
}
