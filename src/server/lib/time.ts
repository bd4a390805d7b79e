/** Now as an ISO 8601 UTC instant: the form every timestamp is stored in. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}
