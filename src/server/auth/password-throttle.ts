import { normalizeEmail } from '../../core/email';
import { deviceTrusted, signInWait, type ThrottlePolicy } from '../../core/sign-in-throttle';
import type { Db } from '../db/database';
import { tooManyAttempts } from '../errors';
import { newId } from '../lib/ids';
import { sha256 } from '../lib/secrets';

/** Who is trying a password: the account's email, the client address, a remembered device. */
export type PasswordAttempt = {
  email: string;
  address: string;
  /** The remembered device of this account the request carries (see remembered-devices.ts). */
  deviceId: string | null;
};

/** The key failures are kept under: the normalized email, hashed, whether or not it has an account. */
function accountKey(email: string): string {
  return sha256(`account:${normalizeEmail(email)}`);
}

/**
 * Checks a password through the throttle: answers 429 `too_many_attempts` (with the seconds to
 * wait) while the attempt must wait, else runs `check`, writes a failure down when it answers
 * null, and clears this address's and this device's failures when it succeeds. The same throttle
 * guards sign-in, password change and account deletion. With no policy (PRAXIS_RATE_LIMIT=off)
 * `check` just runs.
 */
export async function throttledPasswordCheck<T>(
  db: Db,
  policy: ThrottlePolicy | null,
  attempt: PasswordAttempt,
  check: () => Promise<T | null>,
): Promise<T | null> {
  if (!policy) return check();
  const key = accountKey(attempt.email);
  const now = Date.now();
  const since = new Date(now - policy.windowMs).toISOString();
  const rows = await db
    .selectFrom('passwordFailures')
    .select(['accountKey', 'address', 'deviceId', 'createdAt'])
    .where('createdAt', '>', since)
    .where((eb) =>
      eb.or([
        eb('accountKey', '=', key),
        eb('address', '=', attempt.address),
        ...(attempt.deviceId ? [eb('deviceId', '=', attempt.deviceId)] : []),
      ]),
    )
    .execute();
  const at = (list: typeof rows) => list.map((row) => Date.parse(row.createdAt));
  const device = attempt.deviceId ? at(rows.filter((r) => r.deviceId === attempt.deviceId)) : null;
  const wait = signInWait(
    {
      now,
      account: at(rows.filter((r) => r.accountKey === key && r.deviceId === null)),
      pair: at(rows.filter((r) => r.accountKey === key && r.address === attempt.address)),
      address: at(rows.filter((r) => r.address === attempt.address)),
      device,
    },
    policy,
  );
  if (wait > 0) throw tooManyAttempts(Math.ceil(wait / 1000));

  const result = await check();
  if (result === null) {
    // A device's failures count against it while it is trusted; after that, against the account.
    const trusted = device !== null && deviceTrusted(device.length, policy);
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('passwordFailures').where('createdAt', '<=', since).execute();
      await trx
        .insertInto('passwordFailures')
        .values({
          id: newId(),
          accountKey: key,
          address: attempt.address,
          deviceId: trusted ? attempt.deviceId : null,
          createdAt: new Date().toISOString(),
        })
        .execute();
    });
    return null;
  }
  await db
    .deleteFrom('passwordFailures')
    .where((eb) =>
      eb.or([
        eb.and([eb('accountKey', '=', key), eb('address', '=', attempt.address)]),
        ...(attempt.deviceId ? [eb('deviceId', '=', attempt.deviceId)] : []),
      ]),
    )
    .execute();
  return result;
}
