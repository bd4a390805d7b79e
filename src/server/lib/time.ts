/** Now as an ISO 8601 UTC instant: the form every timestamp is stored in. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

/** How far ahead of the server's clock a client's "now" may be (clock skew), in ms. */
const CLOCK_SKEW_MS = 2 * 60 * 1000;

/**
 * The instant an event is recorded at: the client's `at` (normalized to UTC) for imports and
 * backfills, or now. Null when `at` lies in the future beyond clock skew; a slightly-ahead clock
 * is brought back to now.
 */
export function recordedAt(at: string | undefined, now = nowIso()): string | null {
  if (at === undefined) return now;
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return null;
  if (ms > Date.parse(now) + CLOCK_SKEW_MS) return null;
  return ms > Date.parse(now) ? now : new Date(ms).toISOString();
}
