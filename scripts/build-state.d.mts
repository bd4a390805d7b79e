/** True when dist/ is missing or a source file changed after it was built. */
export function buildIsStale(root: string): boolean;
