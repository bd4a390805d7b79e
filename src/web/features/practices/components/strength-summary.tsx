import { useTranslation } from '../../../lib/use-translation';
import { StrengthBar } from '../../../components/ui/strength-bar';

/**
 * A practice's strength now, its current and best streak (in the words the caller chose), and
 * one line on what strength means.
 */
export function StrengthSummary({
  strength,
  current,
  best,
}: {
  strength: number;
  current: string;
  best: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-5 sm:p-6">
      <h2 className="sr-only">{t('practices.strengthNow')}</h2>
      <dl className="grid gap-5 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-2">
          <dt className="text-sm text-ink-muted">{t('practices.strengthNow')}</dt>
          <dd>
            <StrengthBar strength={strength} size="lg" />
          </dd>
        </div>
        <div className="flex flex-col gap-1">
          <dt className="text-sm text-ink-muted">{t('practices.currentStreak')}</dt>
          <dd className="text-lg font-medium text-ink tabular-nums">{current}</dd>
        </div>
        <div className="flex flex-col gap-1">
          <dt className="text-sm text-ink-muted">{t('practices.bestStreak')}</dt>
          <dd className="text-lg font-medium text-ink tabular-nums">{best}</dd>
        </div>
      </dl>
      <p className="max-w-prose text-sm leading-relaxed text-ink-muted">
        {t('practice.strengthExplain')}
      </p>
    </section>
  );
}
