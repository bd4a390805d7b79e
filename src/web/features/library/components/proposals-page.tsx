import { clsx } from 'clsx';
import { Check } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
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
import { BackLink } from '../../../components/patterns/back-link';
import { formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAnswerProposal, useLibraryEntry, useLibraryOrg, useProposals } from '../api';
import { entryPagePath, libraryPath } from './library-links';
import { Pills, ShowMore } from './list-parts';

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
      <BackLink to={libraryPath(orgId)}>{t('library.back')}</BackLink>
      <PageHeader
        title={t('library.proposals.title')}
        lead={curator ? t('library.proposals.leadCurator') : t('library.proposals.leadMember')}
      />
      {curator ? (
        <Pills
          className="mb-6"
          label={t('library.proposals.title')}
          choices={(['open', 'mine'] as const).map((value) => ({
            value,
            label: t(`library.proposals.${value}`),
          }))}
          value={shown}
          onChange={setScope}
        />
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
      <ShowMore list={list} />
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
      {review && proposal.stale ? (
        <p
          role="note"
          className="rounded-lg border border-line-strong/60 bg-sunken px-3 py-2 text-sm text-ink"
        >
          {t('library.proposals.stale', { version: proposal.baseVersion })}
        </p>
      ) : null}
      {proposal.body ? <MarkdownView source={proposal.body} /> : null}
      {review && proposal.entryId && proposal.status === 'open' ? (
        <CurrentText orgId={orgId} entryId={proposal.entryId} />
      ) : null}
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

/** The entry as it reads now, to compare with an improvement; read when opened. */
function CurrentText({ orgId, entryId }: { orgId: string; entryId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-accent-ink">
        {t('library.proposals.current')}
      </summary>
      {open ? <CurrentEntry orgId={orgId} entryId={entryId} /> : null}
    </details>
  );
}

function CurrentEntry({ orgId, entryId }: { orgId: string; entryId: string }) {
  const entry = useLibraryEntry(orgId, entryId);
  if (entry.isError) return <LoadError error={entry.error} onRetry={() => void entry.refetch()} />;
  if (!entry.data) return <PageLoading />;
  return (
    <div className="mt-2 flex flex-col gap-2 rounded-lg bg-paper p-3">
      <p className="font-medium text-ink">{entry.data.title}</p>
      {entry.data.body ? <MarkdownView source={entry.data.body} /> : null}
    </div>
  );
}
