import { CircleAlert } from 'lucide-react';

/** The hint and error lines under a form field; ids are what the field's aria-describedby names. */
export function FieldMessages({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: string;
  hintId: string;
  error?: string;
  errorId: string;
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 text-sm text-danger">
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
    </>
  );
}

/** The ids of a field's hint and error that are present, for aria-describedby. */
export function describedBy(parts: [id: string, present: boolean][]): string | undefined {
  const ids = parts.filter(([, present]) => present).map(([id]) => id);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export const fieldControlClasses =
  'block w-full rounded-lg border bg-surface px-3 text-base text-ink ' +
  'placeholder:text-ink-muted transition-colors duration-150 ' +
  'hover:border-ink-muted focus-visible:border-accent disabled:opacity-60';
