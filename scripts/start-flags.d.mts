/** The `--` flags of package.json's `start` script under `root`, in their order. */
export function startFlags(root: string): string[];
