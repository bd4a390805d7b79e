import { clsx } from 'clsx';
import { useTranslation } from '../../../lib/use-translation';
import type { LearningStatus } from '../../../../contracts/learning';

/** Planned, in progress or done, as a quiet pill; done carries the accent. */
export function StatusBadge({ status }: { status: LearningStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={clsx(
        'shrink-0 rounded-full px-2.5 py-0.5 text-xs font-medium',
        status === 'done'
          ? 'bg-accent-soft text-accent-ink'
          : status === 'in_progress'
            ? 'border border-accent/40 text-accent-ink'
            : 'bg-sunken text-ink-muted',
      )}
    >
      {t(`learning.statuses.${status}`)}
    </span>
  );
}
