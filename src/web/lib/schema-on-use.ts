import { useEffect } from 'react';
import type { z } from 'zod';

/** A contract schema that is loaded when it is first asked for (`schemaOnUse`). */
export type SchemaLoader<S extends z.ZodType = z.ZodType> = () => Promise<S>;

/**
 * A contract schema loaded when a form first needs it, so that a page people open first (Today,
 * Vision, Sign in) does not load and run Zod with its first scripts: a form's check waits for
 * it instead (docs/decisions/0037-first-page-under-budget.md, 0069-vision-without-zod.md). It
 * is loaded once; a load that failed (the network) is tried again the next time.
 *
 * @example
 * const purposeBody = schemaOnUse(() => import('../contracts/vision').then((m) => m.PurposeBody));
 * if (!(await validate(purposeBody, values))) return;
 */
export function schemaOnUse<S extends z.ZodType>(load: () => Promise<S>): SchemaLoader<S> {
  let loading: Promise<S> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** Starts loading a schema now, quietly: a failure shows when the form checks with it. */
export function startLoading(schema: SchemaLoader): void {
  schema().catch(() => undefined);
}

/**
 * Starts loading a form's schema once the form is shown (`shown`), so a check rarely waits. A
 * form that is part of a first page starts it as a field takes focus instead (`startLoading`),
 * so that Zod does not run while the page is still taken over.
 */
export function useSchemaSoon(schema: SchemaLoader | undefined, shown = true): void {
  useEffect(() => {
    if (schema && shown) startLoading(schema);
  }, [schema, shown]);
}
