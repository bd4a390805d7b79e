import { Archive, ArchiveRestore, NotebookPen, Pencil, Plus } from 'lucide-react';
import { type ComponentType, useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useNavigate, useParams } from 'react-router';
import type { LibraryEntryDetail, LibraryVersion } from '../../../../contracts/library';
import { parseBuiltInId } from '../../../../core/library';
import { MarkdownView } from '../../../components/patterns/markdown-view';
import { Button } from '../../../components/ui/button';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { BackLink } from '../../../components/patterns/back-link';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  useAdopt,
  useChoosePrompt,
  useEntryHistory,
  useLibraryEntry,
  useUpdateEntry,
} from '../api';
import { EntryDialog, type EntryDialogMode } from './entry-dialog';
import { EntryLabels, libraryPath } from './library-links';

/** Where "Reflect on this" opens the journal: with the prompt when the journal knows it. */
function reflectPath(entry: LibraryEntryDetail) {
  const builtIn = parseBuiltInId(entry.id);
  const params = new URLSearchParams(
    builtIn ? { prompt: builtIn.id } : { title: entry.title.slice(0, 200) },
  );
  return `/journal/new?${params}`;
}

/** Another feature's list of where an entry is used (the router gives programs' curricula). */
export type EntryUses = ComponentType<{ orgId: string; entryId: string }>;

/**
 * One entry of the library: its text, how often it was chosen (a count), what one can do with it
 * — adopt the practice, reflect on the prompt, propose an improvement, and for facilitators and
 * admins edit, retire or restore — where it is used (`Uses`, when given), and every version it had.
 */
export function EntryPage({ Uses }: { Uses?: EntryUses }) {
  const { t } = useTranslation();
  const { id: orgId = '', entryId = '' } = useParams();
  const entry = useLibraryEntry(orgId, entryId);
  useDocumentTitle(entry.data?.title ?? t('library.title'));
  const back = <BackLink to={libraryPath(orgId)}>{t('library.back')}</BackLink>;

  if (entry.error instanceof ApiError && entry.error.status === 404) {
    return (
      <>
        {back}
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('library.missing')}
        </h1>
        <p className="text-ink-muted">{t('library.missingBody')}</p>
      </>
    );
  }
  if (entry.isError) return <LoadError error={entry.error} onRetry={() => void entry.refetch()} />;
  if (!entry.data) return <PageLoading />;
  return (
    <>
      {back}
      <EntryView orgId={orgId} entry={entry.data} Uses={Uses} />
    </>
  );
}

function EntryView({
  orgId,
  entry,
  Uses,
}: {
  orgId: string;
  entry: LibraryEntryDetail;
  Uses?: EntryUses;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<EntryDialogMode | null>(null);
  const adopt = useAdopt(orgId, entry.id);
  const choose = useChoosePrompt(orgId, entry.id);
  const update = useUpdateEntry(orgId, entry.id);

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <EntryLabels entry={entry} retired={entry.retired} />
        <h1 className="max-w-prose font-serif text-2xl leading-snug font-semibold break-words text-ink sm:text-3xl">
          {entry.title}
        </h1>
        <p className="text-sm text-ink-muted">
          {t('library.chosen', { count: entry.chosenCount })} ·{' '}
          {t('library.version', { version: entry.version })}
        </p>
      </header>
      {entry.body ? <MarkdownView source={entry.body} /> : null}
      {entry.schedule ? (
        <p className="text-[0.9375rem] text-ink-muted">
          {entry.schedule.type === 'daily'
            ? t('library.schedule.daily')
            : t('library.schedule.weekly', { count: entry.schedule.times })}
        </p>
      ) : null}

      <div className="flex flex-wrap gap-2">
        {entry.retired ? null : entry.kind === 'practice' ? (
          <Button
            variant="primary"
            icon={<Plus aria-hidden className="size-4" />}
            loading={adopt.isPending}
            onClick={() =>
              adopt.mutate(undefined, {
                onSuccess: (adopted) => {
                  toast(t('library.actions.adopted'));
                  void navigate(`/practices/${encodeURIComponent(adopted.practiceId)}`);
                },
              })
            }
          >
            {t('library.actions.adopt')}
          </Button>
        ) : (
          <Button
            variant="primary"
            icon={<NotebookPen aria-hidden className="size-4" />}
            loading={choose.isPending}
            onClick={() =>
              choose.mutate(undefined, { onSuccess: () => void navigate(reflectPath(entry)) })
            }
          >
            {t('library.actions.reflect')}
          </Button>
        )}
        <Button onClick={() => setDialog('propose')}>{t('library.actions.propose')}</Button>
        {entry.canCurate ? (
          <>
            <Button
              variant="ghost"
              icon={<Pencil aria-hidden className="size-4" />}
              onClick={() => setDialog('edit')}
            >
              {t('library.actions.edit')}
            </Button>
            <Button
              variant="ghost"
              loading={update.isPending}
              icon={
                entry.retired ? (
                  <ArchiveRestore aria-hidden className="size-4" />
                ) : (
                  <Archive aria-hidden className="size-4" />
                )
              }
              onClick={() =>
                update.mutate(
                  { retired: !entry.retired },
                  {
                    onSuccess: () =>
                      toast(
                        entry.retired
                          ? t('library.actions.restored')
                          : t('library.actions.retired'),
                      ),
                  },
                )
              }
            >
              {entry.retired ? t('library.actions.restore') : t('library.actions.retire')}
            </Button>
          </>
        ) : null}
      </div>
      <p className="-mt-4 text-sm text-ink-muted">{t('library.chosenNote')}</p>

      {Uses ? <Uses orgId={orgId} entryId={entry.id} /> : null}

      <History orgId={orgId} entryId={entry.id} />

      {dialog ? (
        <EntryDialog
          key={`${dialog}-${entry.version}`}
          orgId={orgId}
          mode={dialog}
          entry={entry}
          open
          onOpenChange={(open) => (open ? null : setDialog(null))}
        />
      ) : null}
    </article>
  );
}

function History({ orgId, entryId }: { orgId: string; entryId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const history = useEntryHistory(orgId, entryId);
  const versions = history.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 id={headingId} className="text-xl font-semibold tracking-tight text-ink">
          {t('library.history.title')}
        </h2>
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">{t('library.history.lead')}</p>
      </header>
      {history.isError ? (
        <LoadError error={history.error} onRetry={() => void history.refetch()} />
      ) : !history.data ? (
        <PageLoading />
      ) : (
        <ol className="divide-y divide-line rounded-xl border border-line bg-surface">
          {versions.map((version) => (
            <VersionRow key={version.version} version={version} />
          ))}
        </ol>
      )}
      {history.hasNextPage ? (
        <Button
          className="self-center"
          loading={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {t('library.showMore')}
        </Button>
      ) : null}
    </section>
  );
}

function VersionRow({ version }: { version: LibraryVersion }) {
  const { t } = useTranslation();
  const name = version.changedBy?.name ?? t('library.history.someone');
  return (
    <li className="flex flex-col gap-2 px-4 py-3 sm:px-5">
      <p className="flex flex-wrap items-baseline gap-x-2 text-[0.9375rem] text-ink">
        <span className="font-medium">{t('library.version', { version: version.version })}</span>
        <span>{t(`library.history.changes.${version.change}`, { name })}</span>
        {version.proposedBy ? (
          <span className="text-ink-muted">
            {t('library.history.proposedBy', { name: version.proposedBy.name })}
          </span>
        ) : null}
        {version.changedAt ? (
          <time dateTime={version.changedAt} className="text-sm text-ink-muted">
            {formatDate(version.changedAt, navigator.language)}
          </time>
        ) : null}
      </p>
      <details className="group">
        <summary className="cursor-pointer text-sm font-medium text-accent-ink">
          {t('library.history.showText')}
        </summary>
        <div className="mt-2 flex flex-col gap-2 rounded-lg bg-paper p-3">
          <p className="font-medium text-ink">{version.title}</p>
          {version.body ? <MarkdownView source={version.body} /> : null}
        </div>
      </details>
    </li>
  );
}
