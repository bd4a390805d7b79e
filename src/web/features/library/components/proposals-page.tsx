import { clsx } from 'clsx';
import { Check } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DeclineProposalBody, type LibraryProposal } from '../../../../contracts/library';
import { canCurateLibrary } from '../../../../core/library-policy';
import { EditTextDialog } from '../../../components/patterns/edit-text-dialog';
import { MarkdownView } from '../../../components/patterns/markdown-view';
import { Button } from '../../../components/ui/button';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAnswerProposal, useLibraryOrg, useProposals } from '../api';
import { BackTo, entryPagePath, libraryPath } from './library-links';

/**
 * Proposals to the library. Facilitators and admins review the open ones, oldest first (accept
 * applies it as a new version; decline sends a note); everyone follows their own.
 */
export function ProposalsPage() {
  const { t } = useTranslation();
  const { id: orgId = '' } = useParams();
  useDocumentTitle(t('library.proposals.title'));
  const org = useLibraryOrg(orgId);
  const curator = org.data ? canCurateLibrary(org.data.role) : null;
  const [scope, setScope] = useState<'open' | 'mine' | null>(null);
  const shown = scope ?? (curator ? 'open' : 'mine');

  if (org.isError) return <LoadError error={org.error} onRetry={() => void org.refetch()} />;
  if (curator === null) return <PageLoading />;
  return (
    <>
      <BackTo to={libraryPath(orgId)}>{t('library.back')}</BackTo>
      <PageHeader
        title={t('library.proposals.title')}
        lead={curator ? t('library.proposals.leadCurator') : t('library.proposals.leadMember')}
      />
      {curator ? (
        <div
          className="mb-6 flex flex-wrap gap-1.5"
          role="group"
          aria-label={t('library.proposals.title')}
        >
          {(['open', 'mine'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              aria-pressed={shown === choice}
              onClick={() => setScope(choice)}
              className={clsx(
                'rounded-full border px-3 py-1 text-sm transition-colors duration-150',
                shown === choice
                  ? 'border-accent bg-accent-soft font-medium text-accent-ink'
                  : 'border-line bg-surface text-ink-muted hover:border-line-strong hover:text-ink',
              )}
            >
              {t(`library.proposals.${choice}`)}
            </button>
          ))}
        </div>
      ) : null}
      <ProposalList key={shown} orgId={orgId} scope={shown} />
    </>
  );
}

function ProposalList({ orgId, scope }: { orgId: string; scope: 'open' | 'mine' }) {
  const { t } = useTranslation();
  const list = useProposals(orgId, scope);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <PageLoading />;
  if (items.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-line-strong/60 bg-surface p-5 text-ink-muted">
        {scope === 'open' ? t('library.proposals.empty') : t('library.proposals.emptyMine')}
      </p>
    );
  }
  return (
    <>
      <ul className="flex flex-col gap-4">
        {items.map((proposal) => (
          <ProposalCard
            key={proposal.id}
            orgId={orgId}
            proposal={proposal}
            review={scope === 'open'}
          />
        ))}
      </ul>
      {list.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('library.showMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

function ProposalCard({
  orgId,
  proposal,
  review,
}: {
  orgId: string;
  proposal: LibraryProposal;
  review: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const answer = useAnswerProposal(orgId);
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState('');
  const date = formatDate(proposal.createdAt, navigator.language);
  return (
    <li className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="text-sm text-ink-muted">
          {proposal.entryId && proposal.entryTitle !== null ? (
            <>
              {t('library.proposals.improves')}{' '}
              <Link
                to={entryPagePath(orgId, proposal.entryId)}
                className="font-medium text-accent-ink hover:underline"
              >
                {proposal.entryTitle}
              </Link>
            </>
          ) : (
            t('library.proposals.addition', {
              kind: t(`library.kinds.${proposal.kind}`).toLowerCase(),
            })
          )}
        </p>
        <span
          className={clsx(
            'rounded-full px-2 py-0.5 text-xs font-medium',
            proposal.status === 'accepted'
              ? 'bg-accent-soft text-accent-ink'
              : 'border border-line text-ink-muted',
          )}
        >
          {t(`library.proposals.status.${proposal.status}`)}
        </span>
      </div>
      <h2 className="font-serif text-lg leading-snug font-semibold break-words text-ink">
        {proposal.title}
      </h2>
      {proposal.body ? <MarkdownView source={proposal.body} /> : null}
      {proposal.note ? (
        <p className="text-[0.9375rem] text-ink">
          <span className="font-medium">{t('library.proposals.note')}</span> {proposal.note}
        </p>
      ) : null}
      <p className="text-sm text-ink-muted">
        {review && proposal.proposedBy
          ? t('library.proposals.by', { name: proposal.proposedBy.name, date })
          : t('library.proposals.on', { date })}
      </p>
      {proposal.decisionNote ? (
        <p className="text-[0.9375rem] text-ink">
          {t('library.proposals.decision', {
            name: proposal.decidedBy?.name ?? t('library.history.someone'),
            note: proposal.decisionNote,
          })}
        </p>
      ) : null}
      {proposal.status === 'accepted' && proposal.entryId ? (
        <Link
          to={entryPagePath(orgId, proposal.entryId)}
          className="self-start text-sm font-medium text-accent-ink hover:underline"
        >
          {t('library.proposals.openEntry')}
        </Link>
      ) : null}
      {review && proposal.status === 'open' ? (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="primary"
            icon={<Check aria-hidden className="size-4" />}
            loading={answer.isPending && answer.variables?.answer === 'accept'}
            onClick={() =>
              answer.mutate(
                { id: proposal.id, answer: 'accept', note: '' },
                { onSuccess: () => toast(t('library.proposals.accepted')) },
              )
            }
          >
            {t('library.proposals.accept')}
          </Button>
          <Button onClick={() => setDeclining(true)}>{t('library.proposals.decline')}</Button>
        </div>
      ) : null}
      <EditTextDialog
        open={declining}
        onOpenChange={setDeclining}
        title={t('library.proposals.declineTitle')}
        description={t('library.proposals.declineDescription')}
        submitLabel={t('library.proposals.decline')}
        saved={t('library.proposals.declined')}
        fields={['note'] as const}
        mutation={answer}
        prepare={(validate) =>
          validate(DeclineProposalBody, { note }, { note: t('library.proposals.declineRequired') })
            ? { id: proposal.id, answer: 'decline' as const, note }
            : null
        }
      >
        {(errors) => (
          <TextareaField
            label={t('library.proposals.declineNote')}
            name="note"
            rows={3}
            value={note}
            error={errors.note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </EditTextDialog>
    </li>
  );
}
