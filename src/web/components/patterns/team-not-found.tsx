import { useTranslation } from '../../lib/use-translation';
import { BackLink } from './back-link';

/**
 * What a page of team content says to someone who may not see it, whatever the reason (no such
 * thing, or a team they are not in): the same words, so nothing is revealed.
 *
 * @example if (is404) return <TeamNotFound title={t('…missing')} body={t('…missingBody')} />;
 */
export function TeamNotFound({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/orgs">{t('teamLearning.aar.toOrgs')}</BackLink>
      <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="max-w-prose text-ink-muted">{body}</p>
    </>
  );
}
