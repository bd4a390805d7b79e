import { useTranslation } from '../../../lib/use-translation';
import type { Belief } from '../../../../contracts/beliefs';

/** A belief's evidence for and against, and its reframe, each shown only once written. */
export function BeliefEvidence({ belief }: { belief: Belief }) {
  const { t } = useTranslation();
  return (
    <>
      {belief.evidenceFor || belief.evidenceAgainst ? (
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <dt className="text-sm font-medium text-ink-muted">
              {t('beliefs.fields.evidenceFor')}
            </dt>
            <dd className="font-serif leading-relaxed whitespace-pre-line text-ink">
              {belief.evidenceFor || '—'}
            </dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="text-sm font-medium text-ink-muted">
              {t('beliefs.fields.evidenceAgainst')}
            </dt>
            <dd className="font-serif leading-relaxed whitespace-pre-line text-ink">
              {belief.evidenceAgainst || '—'}
            </dd>
          </div>
        </dl>
      ) : null}
      {belief.reframe ? (
        <div className="flex flex-col gap-1 rounded-lg bg-accent-soft/60 px-4 py-3">
          <p className="text-sm font-medium text-accent-ink">{t('beliefs.fields.reframe')}</p>
          <p className="max-w-prose font-serif leading-relaxed whitespace-pre-line text-ink">
            {belief.reframe}
          </p>
        </div>
      ) : null}
    </>
  );
}
