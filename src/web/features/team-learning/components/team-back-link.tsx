import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Back to the team's page, named by the team when it is known. */
export function TeamBackLink({ teamId, teamName }: { teamId: string; teamName?: string }) {
  const { t } = useTranslation();
  return (
    <Link
      to={`/teams/${teamId}`}
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {teamName ?? t('teamLearning.aar.backToTeam')}
    </Link>
  );
}

/**
 * What a page of team content says to someone who may not see it, whatever the reason (no such
 * thing, or a team they are not in): the same words, so nothing is revealed.
 */
export function NotFound({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Link
        to="/orgs"
        className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {t('teamLearning.aar.toOrgs')}
      </Link>
      <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="max-w-prose text-ink-muted">{body}</p>
    </>
  );
}
