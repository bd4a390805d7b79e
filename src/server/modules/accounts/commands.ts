import type { RegisterBody, UpdateProfileBody } from '../../../contracts/accounts';
import { normalizeEmail } from '../../../core/email';
import { revokeAllAccessTokens } from '../../auth/access-tokens';
import { hashPassword, verifyNothing, verifyPassword } from '../../auth/passwords';
import { requireStrongPassword } from '../../auth/password-strength';
import { forgetOtherDevices } from '../../auth/remembered-devices';
import { revokeOtherSessions } from '../../auth/sessions';
import type { Selectable } from 'kysely';
import { type Db, flushDeletions } from '../../db/database';
import type { UsersTable } from '../../db/schema';
import { isUniqueViolation } from '../../db/errors';
import { refreshContributor } from '../../db/statistics-summary';
import { badRequest, conflict, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { releaseSeats } from '../programs/seat-release';
import { refreshReminders } from '../../reminders/refresh';

const userColumns = ['id', 'email', 'name', 'timeZone', 'onboarding', 'createdAt'] as const;

export type UserRow = Pick<Selectable<UsersTable>, (typeof userColumns)[number]>;

const emailTaken = () =>
  conflict('email_taken', 'An account with this email exists already. Try signing in.');

/**
 * Creates an account. The email is stored normalized; the password, refused when it is easy to
 * guess, only as an argon2id hash.
 */
export async function registerUser(db: Db, props: RegisterBody): Promise<UserRow> {
  const email = normalizeEmail(props.email);
  requireStrongPassword(props.password, 'password', [email, props.name]);
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (existing) throw emailTaken();
  return createUserWithHash(db, {
    email,
    name: props.name,
    timeZone: props.timeZone ?? 'UTC',
    passwordHash: await hashPassword(props.password),
  });
}

/**
 * Makes the account row from a normalized email and a password already hashed (a sign-up
 * confirmed by mail); 409 `email_taken` when the address has an account.
 */
export async function createUserWithHash(
  db: Db,
  props: { email: string; name: string; timeZone: string; passwordHash: string },
): Promise<UserRow> {
  const now = nowIso();
  const user = {
    id: newId(),
    email: props.email,
    name: props.name,
    timeZone: props.timeZone,
    onboarding: 'pending' as const,
    createdAt: now,
  };
  try {
    await db
      .insertInto('users')
      .values({ ...user, passwordHash: props.passwordHash, updatedAt: now })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  return user;
}

/** The account an email and password prove, or null. Takes as long whether or not it exists. */
export async function authenticateUser(
  db: Db,
  email: string,
  password: string,
): Promise<UserRow | null> {
  const row = await db
    .selectFrom('users')
    .select([...userColumns, 'passwordHash'])
    .where('email', '=', normalizeEmail(email))
    .executeTakeFirst();
  if (!row) return verifyNothing(password).then(() => null);
  const { passwordHash, ...user } = row;
  return (await verifyPassword(passwordHash, password)) ? user : null;
}

export async function findUser(db: Db, userId: string): Promise<UserRow> {
  const user = await db
    .selectFrom('users')
    .select(userColumns)
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw notFound();
  return user;
}

export async function updateProfile(
  db: Db,
  userId: string,
  changes: UpdateProfileBody,
): Promise<UserRow> {
  await db
    .updateTable('users')
    .set({ ...changes, updatedAt: nowIso() })
    .where('id', '=', userId)
    .execute();
  // Reminders fire at local times: their next instants move with the zone.
  if (changes.timeZone !== undefined) await refreshReminders(db, { userId });
  return findUser(db, userId);
}

async function requirePassword(db: Db, userId: string, password: string, field: string) {
  const row = await db
    .selectFrom('users')
    .select('passwordHash')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound();
  if (!(await verifyPassword(row.passwordHash, password))) {
    throw badRequest('wrong_password', 'That password is not right.', [
      { path: [field], message: 'That password is not right.' },
    ]);
  }
}

/**
 * Replaces the password after checking the current one (the new one is refused when it is easy
 * to guess), and in the same transaction signs out every other session, revokes every access
 * token and forgets every other remembered device: someone who knew the old password loses
 * access at once.
 */
export async function changePassword(
  db: Db,
  userId: string,
  props: {
    currentPassword: string;
    newPassword: string;
    keepSessionId: string | null;
    keepDeviceId: string | null;
  },
): Promise<void> {
  await requirePassword(db, userId, props.currentPassword, 'currentPassword');
  const user = await findUser(db, userId);
  requireStrongPassword(props.newPassword, 'newPassword', [user.email, user.name]);
  const passwordHash = await hashPassword(props.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ passwordHash, updatedAt: nowIso() })
      .where('id', '=', userId)
      .execute();
    await revokeOtherSessions(trx, userId, props.keepSessionId);
    await revokeAllAccessTokens(trx, userId);
    await forgetOtherDevices(trx, userId, props.keepDeviceId);
  });
}

/**
 * Deletes an account after checking the password, in one transaction: everything the person
 * owns (foreign keys cascade), and what others addressed to them — invitations to their email,
 * shares with them, feedback asked of them. In the access logs of authors whose items they
 * read, the read stays (it is the author's record) by a deleted account, without their name.
 * Then no copy of their text stays on disk (SQLite; see docs/decisions/0012-deletion.md).
 */
export async function deleteAccount(db: Db, userId: string, password: string): Promise<void> {
  await requirePassword(db, userId, password, 'password');
  await db.transaction().execute(async (trx) => {
    const { email } = await trx
      .selectFrom('users')
      .select('email')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('invitations').where('email', '=', email).execute();
    // Pending sign-ups with the address hold a name and a password hash (mail, issue 12).
    await trx.deleteFrom('emailVerifications').where('email', '=', email).execute();
    await trx
      .deleteFrom('shares')
      .where('targetType', '=', 'user')
      .where('targetId', '=', userId)
      .execute();
    await trx
      .deleteFrom('feedbackRecipients')
      .where((eb) => eb.or([eb('userId', '=', userId), eb('email', '=', email)]))
      .execute();
    await trx
      .updateTable('accessLog')
      .set({ readerId: null, readerName: '' })
      .where('readerId', '=', userId)
      .execute();
    // Their seats in programs go to the waitlists, in order, before their enrollments cascade.
    await releaseSeats(trx, userId);
    await refreshContributor(trx, userId, { leaving: true });
    await trx.deleteFrom('users').where('id', '=', userId).execute();
  });
  await flushDeletions(db);
}
