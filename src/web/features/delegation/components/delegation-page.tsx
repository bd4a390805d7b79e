import { ChevronRight, Handshake, Plus, Users } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgreementSummary } from '../../../../contracts/delegation';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { useColleagues } from '../../../lib/colleagues';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAgreements } from '../api';
import { NewAgreementDialog } from './new-agreement-dialog';

/**
 * My delegation agreements: one row per colleague, with how many areas are agreed and where my
 * card or my confirmation is awaited; archived ones folded away. Starts a new one.
 */
export function DelegationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('delegation.title'));
  const me = useCurrentUser().data;
  const agreements = useAgreements();
  const colleagues = useColleagues(me?.id);
  const [creating, setCreating] = useState(false);
  const failed = [agreements, colleagues].find((query) => query.isError);
  const canStart = (colleagues.data?.length ?? 0) > 0;
  const open = agreements.data?.filter((a) => !a.archivedAt) ?? [];
  const archived = agreements.data?.filter((a) => a.archivedAt) ?? [];

  const newButton = (
    <Button
      variant="primary"
      icon={<Plus aria-hidden className="size-4" />}
      onClick={() => setCreating(true)}
    >
      {t('delegation.new.open')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('delegation.title')}
        lead={t('delegation.lead')}
        action={canStart ? newButton : null}
      />
      {failed ? (
        <LoadError
          error={failed.error}
          onRetry={() => [agreements, colleagues].forEach((query) => void query.refetch())}
        />
      ) : !agreements.data || !colleagues.data ? (
        <PageLoading />
      ) : (
        <div className="flex flex-col gap-6">
          {open.length === 0 ? (
            <EmptyState
              icon={canStart ? Handshake : Users}
              title={canStart ? t('delegation.emptyTitle') : t('delegation.noOrgTitle')}
              body={canStart ? t('delegation.empty') : t('delegation.noOrg')}
            >
              {canStart ? newButton : null}
            </EmptyState>
          ) : (
            <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
              {open.map((agreement) => (
                <AgreementRow key={agreement.id} agreement={agreement} />
              ))}
            </ul>
          )}
          {archived.length > 0 ? <ArchivedSection agreements={archived} /> : null}
        </div>
      )}
      {colleagues.data && canStart ? (
        <NewAgreementDialog open={creating} onOpenChange={setCreating} orgs={colleagues.data} />
      ) : null}
    </>
  );
}

/** The other party of an agreement, as I see it. */
function otherOf(agreement: AgreementSummary) {
  return agreement.myRole === 'leader' ? agreement.member : agreement.leader;
}

function AgreementRow({ agreement }: { agreement: AgreementSummary }) {
  const { t } = useTranslation();
  const other = otherOf(agreement);
  return (
    <li className="relative flex flex-col gap-1.5 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
        <h2 className="min-w-0 text-base font-semibold break-words text-ink">
          {/* The whole row is the link's target area; the text stays a normal link. */}
          <Link
            to={`/delegation/${agreement.id}`}
            className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
          >
            {t('delegation.list.with', { name: other.name })}
          </Link>
        </h2>
        <span className="text-sm text-ink-muted">{agreement.org.name}</span>
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink-muted">
        <span>
          {agreement.myRole === 'leader'
            ? t('delegation.list.youLead')
            : t('delegation.list.youAreMember', { name: other.name })}
        </span>
        <span aria-hidden>·</span>
        <span>{t('delegation.list.areas', { count: agreement.areaCount })}</span>
        <span aria-hidden>·</span>
        <span>{t('delegation.list.agreed', { count: agreement.agreedCount })}</span>
        {agreement.waitingForMe > 0 ? (
          <span className="rounded-full bg-accent-soft px-2 text-accent-ink">
            {t('delegation.list.waiting', { count: agreement.waitingForMe })}
          </span>
        ) : null}
      </p>
    </li>
  );
}

function ArchivedSection({ agreements }: { agreements: AgreementSummary[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <details className="group rounded-xl border border-line">
      <summary className="flex cursor-pointer items-center gap-2 rounded-xl px-4 py-3 text-[0.9375rem] font-medium text-ink marker:content-none hover:bg-sunken">
        <ChevronRight
          aria-hidden
          className="size-4 text-ink-muted transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
        />
        <span id={headingId}>{t('delegation.list.archived', { count: agreements.length })}</span>
      </summary>
      <ul aria-labelledby={headingId} className="divide-y divide-line border-t border-line">
        {agreements.map((agreement) => (
          <li key={agreement.id} className="flex flex-col px-4 py-3">
            <Link
              to={`/delegation/${agreement.id}`}
              className="rounded-sm font-medium break-words text-ink underline-offset-4 hover:text-accent-ink hover:underline"
            >
              {t('delegation.list.with', { name: otherOf(agreement).name })}
            </Link>
            <span className="text-sm text-ink-muted">
              {agreement.org.name} · {t('delegation.list.areas', { count: agreement.areaCount })}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
