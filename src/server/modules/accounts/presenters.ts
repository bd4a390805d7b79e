import type { User } from '../../../contracts/accounts';
import type { UserRow } from './commands';

/** The API form of a person's own account. */
export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    timeZone: row.timeZone,
    onboarding: row.onboarding,
    createdAt: row.createdAt,
  };
}
