import { Archive, Flag, Pause } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import type { AspirationStatus } from '../../../../contracts/vision';

const ICONS = { paused: Pause, achieved: Flag, released: Archive } as const;

/** A small neutral badge for a paused, achieved or released aspiration (active needs none). */
export function StatusBadge({ status }: { status: AspirationStatus }) {
  const { t } = useTranslation();
  if (status === 'active') return null;
  const Icon = ICONS[status];
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-line bg-sunken px-2.5 py-0.5 text-xs font-medium text-ink-muted">
      <Icon aria-hidden className="size-3.5" />
      {t(`vision.status.${status}`)}
    </span>
  );
}
