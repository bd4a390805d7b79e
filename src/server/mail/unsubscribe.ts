import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an unsubscribe link turns off: a notification kind of a person, or account mail. */
export type UnsubscribeClaim = { email: string; kind: string; personId?: string };

const sign = (secret: string, payload: string) =>
  createHmac('sha256', `unsubscribe:${secret}`).update(payload).digest('base64url');

/** A token that says what to turn off, signed so that nobody can forge one for someone else. */
export function unsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(
    JSON.stringify({ e: claim.email, k: claim.kind, ...(claim.personId && { p: claim.personId }) }),
  ).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/** The claim of a genuine token, or null. */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    if (typeof raw.e !== 'string' || typeof raw.k !== 'string') return null;
    return {
      email: raw.e,
      kind: raw.k,
      ...(typeof raw.p === 'string' && { personId: raw.p }),
    };
  } catch {
    return null;
  }
}
