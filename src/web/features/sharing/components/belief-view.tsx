import { useTranslation } from 'react-i18next';
import type { Belief } from '../../../../contracts/beliefs';
import { Title } from './title';

/** A shared belief, read only. */
export function BeliefView({ belief }: { belief: Belief }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">{t(`sharing.item.kinds.${belief.kind}`)}</p>
        <Title serif>{belief.statement}</Title>
      </header>
      {belief.evidenceFor || belief.evidenceAgainst ? (
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <dt className="text-sm font-medium text-ink-muted">{t('sharing.item.evidenceFor')}</dt>
            <dd className="font-serif leading-relaxed whitespace-pre-line text-ink">
              {belief.evidenceFor || '—'}
            </dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="text-sm font-medium text-ink-muted">
              {t('sharing.item.evidenceAgainst')}
            </dt>
            <dd className="font-serif leading-relaxed whitespace-pre-line text-ink">
              {belief.evidenceAgainst || '—'}
            </dd>
          </div>
        </dl>
      ) : null}
      {belief.reframe ? (
        <div className="flex flex-col gap-1 rounded-lg bg-accent-soft/60 px-4 py-3">
          <p className="text-sm font-medium text-accent-ink">{t('sharing.item.reframe')}</p>
          <p className="max-w-prose font-serif leading-relaxed whitespace-pre-line text-ink">
            {belief.reframe}
          </p>
        </div>
      ) : null}
    </>
  );
}
