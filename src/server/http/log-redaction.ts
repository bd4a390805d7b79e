/** What stands in a logged path for a capability token. */
export const REDACTED = ':token';

/**
 * Paths whose segment is a capability token (a secret that grants access by itself): the
 * feedback answer link and invitations, on the API and as web pages; calendar feeds. The capture group is the
 * token.
 */
const CAPABILITY_PATHS: RegExp[] = [
  /^(\/api\/feedback\/answers\/)([^/]+)/,
  /^(\/feedback\/)(?!requests(?:\/|$))([^/]+)/,
  /^(\/api\/invitations\/)([^/]+)/,
  /^(\/invitations\/)([^/]+)/,
  /^(\/calendar\/)([^/]+)/,
];

/** Any segment that looks like a random secret (32+ URL-safe characters): a safety net. */
const SECRET_LIKE = /(?<=\/)[A-Za-z0-9_-]{32,}(?=\/|$)/g;

/**
 * A request path fit for a log line: no query string (it can carry personal text) and every
 * capability token replaced by `:token`, so a log never holds a working link.
 *
 * @example redactPath('/api/invitations/abc…/accept?x=1') === '/api/invitations/:token/accept'
 */
export function redactPath(url: string): string {
  let path = url.split(/[?#]/)[0] ?? '';
  for (const pattern of CAPABILITY_PATHS) {
    path = path.replace(pattern, (_match, prefix: string) => `${prefix}${REDACTED}`);
  }
  return path.replace(SECRET_LIKE, REDACTED);
}
