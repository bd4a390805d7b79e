/**
 * The in-app path to continue to after signing in, taken from a `?next=` value; null when the
 * value is missing or could lead off the site (e.g. "//evil.example" or "https://…").
 *
 * @example safeNextPath('/account?tab=tokens') // '/account?tab=tokens'
 */
export function safeNextPath(next: string | null): string | null {
  if (next === null || next.length > 2000) return null;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  // Control characters can be read as slashes by some URL parsers.
  if ([...next].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) {
    return null;
  }
  const path = next.split(/[?#]/)[0] ?? '';
  if (path === '/sign-in' || path === '/sign-up') return null;
  return next;
}
