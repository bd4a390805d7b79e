import { Building2, ChevronRight } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyOrgs } from '../api';
import { CreateOrgCard } from './create-org-card';

/**
 * My organizations, each with my role in it, and a form to create one (its creator becomes its
 * first admin). Joining one happens through an invitation link.
 */
export function OrgsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('orgs.title'));
  const orgs = useMyOrgs();

  return (
    <>
      <header className="mb-8 flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('orgs.title')}</h1>
        <p className="max-w-prose text-ink-muted">{t('orgs.lead')}</p>
      </header>
      <div className="flex flex-col gap-8">
        {orgs.isError ? (
          <LoadError error={orgs.error} onRetry={() => void orgs.refetch()} />
        ) : !orgs.data ? (
          <PageLoading />
        ) : orgs.data.length === 0 ? (
          <EmptyState
            icon={Building2}
            title={t('orgs.list.emptyTitle')}
            body={t('orgs.list.empty')}
          />
        ) : (
          <ul
            aria-label={t('orgs.list.label')}
            className="divide-y divide-line rounded-xl border border-line bg-surface"
          >
            {orgs.data.map((org) => (
              <li
                key={org.id}
                className="relative flex items-center justify-between gap-4 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5"
              >
                <div className="flex min-w-0 flex-col gap-0.5">
                  <h2 className="text-base font-semibold break-words text-ink">
                    <Link
                      to={`/orgs/${org.id}`}
                      className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
                    >
                      {org.name}
                    </Link>
                  </h2>
                  <p className="text-sm text-ink-muted">
                    {t('orgs.list.role', { role: t(`orgs.roles.${org.role}`) })}
                  </p>
                </div>
                <ChevronRight aria-hidden className="size-5 shrink-0 text-ink-muted" />
              </li>
            ))}
          </ul>
        )}
        <CreateOrgCard />
      </div>
    </>
  );
}
