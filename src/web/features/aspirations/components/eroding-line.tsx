import { Waves } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';

/** The quiet line on a card when an aspiration's vision is eroding. */
export function ErodingLine() {
  const { t } = useTranslation();
  return (
    <p className="flex items-start gap-2 border-t border-line pt-3 text-sm text-ink-muted">
      <Waves aria-hidden className="mt-0.5 size-4 shrink-0 text-accent-ink" />
      <span>{t('vision.eroding.line')}</span>
    </p>
  );
}
