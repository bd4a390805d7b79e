export const BUDGET_KB: number;
export const FIRST_PAGES: Record<string, string[]>;
export function filesOf(manifest: Record<string, unknown>, routeModules: string[]): string[];
export function measureBundle(
  root: string,
): { page: string; files: number; gzipKb: number; pass: boolean }[];
