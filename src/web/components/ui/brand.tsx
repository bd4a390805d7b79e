import { clsx } from 'clsx';
import { useTranslation } from '../../lib/use-translation';

/**
 * The Praxis mark: two points joined by a rising line, reality reaching toward vision — the
 * creative tension the app is about. Decorative; the wordmark beside it carries the name.
 */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden focusable="false" className={clsx('shrink-0', className)}>
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <path
        d="M9 22.5 23 9.5"
        strokeWidth="2.25"
        strokeLinecap="round"
        className="stroke-on-accent opacity-60"
      />
      <circle cx="9" cy="22.5" r="3.25" className="fill-on-accent" />
      <circle cx="23" cy="9.5" r="3.25" className="fill-on-accent" />
    </svg>
  );
}

/** The mark with the word "Praxis". */
export function Brand({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <span className={clsx('inline-flex items-center gap-2.5', className)}>
      <BrandMark className="size-7" />
      <span className="text-lg font-semibold tracking-tight text-ink">{t('app.name')}</span>
    </span>
  );
}
