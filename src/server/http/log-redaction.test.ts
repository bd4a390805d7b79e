import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomSecret } from '../lib/secrets';
import { REDACTED, redactPath } from './log-redaction';

describe('redactPath', () => {
  it.each([
    ['/api/feedback/answers/SECRET', '/api/feedback/answers/:token'],
    ['/feedback/SECRET', '/feedback/:token'],
    ['/feedback/SECRET/', '/feedback/:token/'],
    ['/api/invitations/SECRET', '/api/invitations/:token'],
    ['/api/invitations/SECRET/accept', '/api/invitations/:token/accept'],
    ['/invitations/SECRET?from=mail', '/invitations/:token'],
  ])('hides the token in %s', (path, logged) => {
    expect(redactPath(path)).toBe(logged);
  });

  it.each([
    '/api/feedback/requests/01JABCDEFGHJKMNPQRSTVWXYZ0',
    '/feedback/requests/01JABCDEFGHJKMNPQRSTVWXYZ0',
    '/feedback/requests',
    '/feedback',
    '/api/orgs/01JABCDEFGHJKMNPQRSTVWXYZ0/invitations',
    '/api/me',
  ])('keeps %s as it is', (path) => {
    expect(redactPath(path)).toBe(path);
  });

  it('drops the query string', () => {
    expect(redactPath('/api/reflections?q=my+private+thought')).toBe('/api/reflections');
  });

  it('never lets a random secret through, on any path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('api', 'feedback', 'answers', 'x', 'invitations', 'links')),
        fc.nat(4),
        (segments, at) => {
          const secret = randomSecret(32);
          const parts: string[] = [...segments];
          parts.splice(Math.min(at, parts.length), 0, secret);
          const logged = redactPath(`/${parts.join('/')}`);
          expect(logged).not.toContain(secret);
          expect(logged).toContain(REDACTED);
        },
      ),
    );
  });
});
