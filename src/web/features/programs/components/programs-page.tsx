import { ArrowLeft, GraduationCap, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useParams } from 'react-router';
import type { ProgramSummary } from '../../../../contracts/programs';
import { canManagePrograms } from '../../../../core/program-policy';
import { ShowMore } from '../../../components/patterns/show-more';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ItemRow, ItemRows } from '../../../components/ui/item-rows';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOrgPrograms, useProgramsOrg } from '../api';
import { ProgramDialog } from './program-dialog';
import { useProgramWords } from './program-words';

/**
 * An organization's programs: the open ones for anyone in it to enroll in, and for
 * facilitators and admins every program and the way to create one.
 */
export function ProgramsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const org = useProgramsOrg(id);
  const manager = canManagePrograms(org.data?.role ?? null);
  const programs = useOrgPrograms(id, manager ? 'all' : 'open');
  const list = programs.data?.pages.flatMap((p) => p.items);
  const [creating, setCreating] = useState(false);
  const words = useProgramWords();
  useDocumentTitle(t('programs.title'));

  const failed = [org, programs].find((q) => q.isError);
  const newButton = (
    <Button
      variant="primary"
      icon={<Plus aria-hidden className="size-4" />}
      onClick={() => setCreating(true)}
    >
      {t('programs.new')}
    </Button>
  );

  return (
    <>
      <Link
        to={`/orgs/${id}`}
        className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {org.data?.name ?? t('programs.backToOrg')}
      </Link>
      <PageHeader
        title={t('programs.title')}
        lead={t('programs.lead')}
        action={manager ? newButton : null}
      />
      {failed ? (
        <LoadError
          error={failed.error}
          onRetry={() => [org, programs].forEach((q) => void q.refetch())}
        />
      ) : !list || !org.data ? (
        <PageLoading />
      ) : list.length === 0 ? (
        <EmptyState
          icon={GraduationCap}
          title={t('programs.emptyTitle')}
          body={t(manager ? 'programs.emptyManager' : 'programs.empty')}
        >
          {manager ? newButton : null}
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-4">
          <ItemRows>
            {list.map((p: ProgramSummary) => (
              <ItemRow
                key={p.id}
                title={
                  <Link
                    to={`/programs/${p.id}`}
                    className="font-medium break-words text-ink underline-offset-4 hover:underline"
                  >
                    {p.title}
                  </Link>
                }
                detail={[words.dates(p), words.seatsLeft(p), words.place(p)]
                  .filter(Boolean)
                  .join(' · ')}
                actions={
                  p.status === 'closed' ? (
                    <span className="text-sm text-ink-muted">{t('programs.closed')}</span>
                  ) : null
                }
              />
            ))}
          </ItemRows>
          <ShowMore list={programs}>{t('programs.showMore')}</ShowMore>
        </div>
      )}
      {manager ? <ProgramDialog orgId={id} open={creating} onOpenChange={setCreating} /> : null}
    </>
  );
}
