/** Tags from another tool made into Praxis tags: lower case, letters, numbers, - and _, twelve. */
export function tagsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const tags = value
    .filter((t): t is string => typeof t === 'string')
    .map((t) =>
      t
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]+/gu, '-')
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .slice(0, 40)
        .trim(),
    )
    .filter(Boolean);
  return [...new Set(tags)].slice(0, 12);
}
