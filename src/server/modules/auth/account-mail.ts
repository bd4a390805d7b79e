import type { RegisterBody } from '../../../contracts/accounts';
import { normalizeEmail } from '../../../core/email';
import { revokeAllAccessTokens } from '../../auth/access-tokens';
import { hashPassword } from '../../auth/passwords';
import { requireStrongPassword } from '../../auth/password-strength';
import { forgetOtherDevices } from '../../auth/remembered-devices';
import { revokeOtherSessions } from '../../auth/sessions';
import type { Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { JobQueue } from '../../jobs/queue';
import { newId } from '../../lib/ids';
import { randomSecret, sha256 } from '../../lib/secrets';
import { addMs, nowIso } from '../../lib/time';
import type { MailService } from '../../mail/mailer';
import { addressTakenMail, passwordResetMail, verifyEmailMail } from '../../mail/templates';
import { createUserWithHash, type UserRow } from '../accounts/commands';

export const PASSWORD_RESET_JOB = 'auth.password-reset';
export const VERIFY_EMAIL_JOB = 'auth.verify-email';

const HOUR_MS = 60 * 60 * 1000;
/** A reset link works for one hour; a sign-up's confirmation link for a day. */
export const RESET_LIFETIME_MS = HOUR_MS;
export const VERIFICATION_LIFETIME_MS = 24 * HOUR_MS;

const linkGone = () =>
  new AppError(
    410,
    'link_expired',
    'This link was used already or has expired. Ask for a new one.',
  );

/**
 * Asks for a password reset. The request only queues a job with the address, so it does the
 * same work and answers the same whether or not the address has an account; the job makes the
 * token and sends the mail.
 */
export async function requestPasswordReset(jobs: JobQueue, email: string): Promise<void> {
  await jobs.send(PASSWORD_RESET_JOB, { email: normalizeEmail(email) });
}

/** The password-reset job: an account with the address gets a single-use link for one hour. */
export async function passwordResetJob(db: Db, mail: MailService, data: Record<string, unknown>) {
  const email = String(data.email ?? '');
  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user) return;
  const token = randomSecret(32);
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('passwordResets')
    .values({
      id,
      userId: user.id,
      tokenHash: sha256(token),
      expiresAt: addMs(now, RESET_LIFETIME_MS),
      usedAt: null,
      createdAt: now,
    })
    .execute();
  await mail.deliver(db, {
    key: `password-reset:${id}`,
    to: user.email,
    unsubscribe: { email: user.email, kind: 'account' },
    render: ({ unsubscribeUrl }) =>
      passwordResetMail({
        name: user.name,
        url: `${mail.baseUrl}/reset-password/${token}`,
        unsubscribeUrl,
      }),
  });
}

/**
 * Sets a new password through a reset link, once: in one transaction the link is used up, every
 * session ends, every access token is revoked and every remembered device forgotten.
 */
export async function resetPassword(db: Db, token: string, password: string): Promise<void> {
  const found = await db
    .selectFrom('passwordResets')
    .innerJoin('users', 'users.id', 'passwordResets.userId')
    .select([
      'passwordResets.id',
      'passwordResets.usedAt',
      'passwordResets.expiresAt',
      'users.id as userId',
      'users.email',
      'users.name',
    ])
    .where('passwordResets.tokenHash', '=', sha256(token))
    .executeTakeFirst();
  if (!found) throw notFound('This link is not valid.');
  if (found.usedAt || found.expiresAt <= nowIso()) throw linkGone();
  requireStrongPassword(password, 'password', [found.email, found.name]);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('passwordResets')
      .set({ usedAt: nowIso() })
      .where('id', '=', found.id)
      .where('usedAt', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw linkGone();
    await trx
      .updateTable('users')
      .set({ passwordHash, updatedAt: nowIso() })
      .where('id', '=', found.userId)
      .execute();
    // Every other reset link of the person ends too.
    await trx
      .updateTable('passwordResets')
      .set({ usedAt: nowIso() })
      .where('userId', '=', found.userId)
      .where('usedAt', 'is', null)
      .execute();
    await revokeOtherSessions(trx, found.userId, null);
    await revokeAllAccessTokens(trx, found.userId);
    await forgetOtherDevices(trx, found.userId, null);
  });
}

/**
 * A sign-up with mail on: the same work whether or not the address is taken (the password is
 * checked and hashed, a pending sign-up kept, a job queued); the job then mails a confirmation
 * link to a new address, or tells the owner of a taken one.
 */
export async function startRegistration(db: Db, jobs: JobQueue, props: RegisterBody) {
  const email = normalizeEmail(props.email);
  requireStrongPassword(props.password, 'password', [email, props.name]);
  const now = nowIso();
  const id = newId();
  await db
    .insertInto('emailVerifications')
    .values({
      id,
      email,
      name: props.name,
      passwordHash: await hashPassword(props.password),
      timeZone: props.timeZone ?? 'UTC',
      tokenHash: null,
      expiresAt: addMs(now, VERIFICATION_LIFETIME_MS),
      usedAt: null,
      createdAt: now,
    })
    .execute();
  await jobs.send(VERIFY_EMAIL_JOB, { verificationId: id }, { key: id });
}

/** The sign-up job: a confirmation link for a new address, a notice to the owner of a taken one. */
export async function verifyEmailJob(db: Db, mail: MailService, data: Record<string, unknown>) {
  const pending = await db
    .selectFrom('emailVerifications')
    .selectAll()
    .where('id', '=', String(data.verificationId ?? ''))
    .executeTakeFirst();
  if (!pending) return;
  const owner = await db
    .selectFrom('users')
    .select(['name', 'email'])
    .where('email', '=', pending.email)
    .executeTakeFirst();
  if (owner) {
    await mail.deliver(db, {
      key: `sign-up:${pending.id}`,
      to: owner.email,
      unsubscribe: { email: owner.email, kind: 'account' },
      render: ({ unsubscribeUrl }) =>
        addressTakenMail({
          name: owner.name,
          signInUrl: `${mail.baseUrl}/sign-in`,
          resetUrl: `${mail.baseUrl}/forgot-password`,
          unsubscribeUrl,
        }),
    });
    await db.deleteFrom('emailVerifications').where('id', '=', pending.id).execute();
    return;
  }
  const token = randomSecret(32);
  await db
    .updateTable('emailVerifications')
    .set({ tokenHash: sha256(token) })
    .where('id', '=', pending.id)
    .execute();
  await mail.deliver(db, {
    key: `sign-up:${pending.id}`,
    to: pending.email,
    unsubscribe: { email: pending.email, kind: 'account' },
    render: ({ unsubscribeUrl }) =>
      verifyEmailMail({
        name: pending.name,
        url: `${mail.baseUrl}/verify-email/${token}`,
        unsubscribeUrl,
      }),
  });
}

/** Confirms an address through its link, once, and makes the account. */
export async function verifyEmail(db: Db, token: string): Promise<UserRow> {
  return db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('emailVerifications')
      .selectAll()
      .where('tokenHash', '=', sha256(token))
      .executeTakeFirst();
    if (!pending) throw notFound('This link is not valid.');
    if (pending.usedAt || pending.expiresAt <= nowIso()) throw linkGone();
    const used = await trx
      .updateTable('emailVerifications')
      .set({ usedAt: nowIso() })
      .where('id', '=', pending.id)
      .where('usedAt', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw linkGone();
    try {
      return await createUserWithHash(trx, pending);
    } catch (error) {
      if (error instanceof AppError && error.statusCode === 409) throw linkGone();
      throw error;
    }
  });
}
