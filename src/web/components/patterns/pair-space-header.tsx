import { Lock } from 'lucide-react';
import type { ReactNode } from 'react';
import { FormAlert } from '../ui/form-alert';

/**
 * The header of a space two colleagues share (a delegation agreement, a 1:1): its heading with
 * the one action beside it (archive, end), a line about it, who can see it (with a lock), and
 * a quiet note while it is archived or the two are apart.
 *
 * @example
 * <PairSpaceHeader title={heading} action={<Button …>End</Button>} meta={t('x.meta')}
 *   privacy={t('x.privacy', { name })} note={ended ? t('x.endedNote') : null} />
 */
export function PairSpaceHeader({
  title,
  action,
  meta,
  privacy,
  note,
}: {
  title: string;
  /** Shown right of the heading; `null` when there is none. */
  action: ReactNode;
  meta: ReactNode;
  privacy: string;
  /** Shown under it as an info alert; `null` when there is none. */
  note: ReactNode;
}) {
  return (
    <header className="mb-8 flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-3">
        <h1 className="text-3xl font-semibold tracking-tight break-words text-ink">{title}</h1>
        {action}
      </div>
      <p className="text-[0.9375rem] text-ink-muted">{meta}</p>
      <p className="inline-flex items-center gap-1.5 text-sm text-ink-muted">
        <Lock aria-hidden className="size-3.5 shrink-0" />
        {privacy}
      </p>
      {note ? <FormAlert tone="info">{note}</FormAlert> : null}
    </header>
  );
}
