import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useConsent } from '../api';
import { ConsentChoice } from './consent-choice';
import { OrgLink } from './org-link';

const FIGURES = [
  'active',
  'counts',
  'strength',
  'learning',
  'feedback',
  'tension',
  'alignment',
  'programs',
] as const;

/**
 * "What my organization sees", for every member: in plain words, which figures my activity adds
 * to when I choose to contribute, that none is about me alone (k), and the switch to stop or
 * start.
 */
export function WhatOrgSeesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const consent = useConsent(id);
  useDocumentTitle(t('statistics.sees.title'));
  if (consent.isError)
    return <LoadError error={consent.error} onRetry={() => void consent.refetch()} />;
  if (!consent.data) return <PageLoading />;
  const { k, orgName } = consent.data;
  return (
    <>
      <OrgLink orgId={id} name={orgName} />
      <PageHeader
        title={t('statistics.sees.title')}
        lead={t('statistics.sees.lead', { org: orgName, k })}
      />
      <div className="flex max-w-prose flex-col gap-8">
        <Card title={t('statistics.sees.yourChoice')}>
          <div className="flex flex-col gap-4">
            {consent.data.asked ? null : (
              <p className="text-ink">{t('statistics.consent.question', { org: orgName })}</p>
            )}
            <ConsentChoice consent={consent.data} />
          </div>
        </Card>
        <section className="flex flex-col gap-3" aria-labelledby="sees-figures">
          <h2 id="sees-figures" className="text-xl font-semibold text-ink">
            {t('statistics.sees.figuresTitle')}
          </h2>
          <ul className="flex list-disc flex-col gap-2 pl-5 text-ink">
            {FIGURES.map((f) => (
              <li key={f}>{t(`statistics.sees.figure.${f}`)}</li>
            ))}
          </ul>
        </section>
        <section className="flex flex-col gap-3" aria-labelledby="sees-never">
          <h2 id="sees-never" className="text-xl font-semibold text-ink">
            {t('statistics.sees.neverTitle')}
          </h2>
          <p className="text-ink">{t('statistics.sees.never', { k })}</p>
          <p className="text-ink">{t('statistics.sees.who')}</p>
          <p className="text-ink">{t('statistics.sees.stop')}</p>
        </section>
      </div>
    </>
  );
}
