import { LoaderCircle } from 'lucide-react';
import { useTranslation } from '../../lib/use-translation';

/** A calm wait: nothing for a moment, then a small spinner, so quick loads don't flicker. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="flex min-h-[60dvh] items-center justify-center">
      <span aria-hidden className="animate-delayed-in text-ink-muted">
        <LoaderCircle className="size-6 motion-safe:animate-spin" />
      </span>
      <span className="sr-only">{t('common.loading')}</span>
    </div>
  );
}
