import { Inbox, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useNavigate, useParams } from 'react-router';
import type { LibraryEntry, LibraryKind } from '../../../../contracts/library';
import { canCurateLibrary } from '../../../../core/library-policy';
import { Button, buttonClasses } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { TextField } from '../../../components/ui/text-field';
import { BackLink } from '../../../components/patterns/back-link';
import { NothingFound } from '../../../components/patterns/nothing-found';
import { SearchResults } from '../../../components/patterns/search-results';
import { useDebounced } from '../../../lib/use-debounced';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLibrary, useLibraryOrg } from '../api';
import { EntryDialog, type EntryDialogMode } from './entry-dialog';
import { EntryLabels, entryPagePath, libraryPath } from './library-links';
import { Pills, ShowMore } from './list-parts';

/**
 * An organization's practice library: its own entries, then the built-in prompts and practices,
 * narrowed by kind and search. Anyone here proposes an addition; facilitators and admins add
 * entries and review proposals.
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const { id: orgId = '' } = useParams();
  const navigate = useNavigate();
  useDocumentTitle(t('library.title'));
  const org = useLibraryOrg(orgId);
  const [kind, setKind] = useState<LibraryKind | null>(null);
  const [search, setSearch] = useState('');
  const [retired, setRetired] = useState(false);
  const [dialog, setDialog] = useState<EntryDialogMode | null>(null);
  const q = useDebounced(search, 250);
  const list = useLibrary(orgId, { kind, q, retired });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const curator = org.data ? canCurateLibrary(org.data.role) : false;

  if (org.isError) return <LoadError error={org.error} onRetry={() => void org.refetch()} />;

  const actions = (
    <div className="flex flex-wrap gap-2">
      <Link to={`${libraryPath(orgId)}/proposals`} className={buttonClasses('ghost')}>
        <Inbox aria-hidden className="size-4" />
        {curator ? t('library.actions.proposals') : t('library.actions.myProposals')}
      </Link>
      <Button onClick={() => setDialog('propose')}>{t('library.actions.proposeNew')}</Button>
      {curator ? (
        <Button
          variant="primary"
          icon={<Plus aria-hidden className="size-4" />}
          onClick={() => setDialog('create')}
        >
          {t('library.actions.newEntry')}
        </Button>
      ) : null}
    </div>
  );

  return (
    <>
      <BackLink to={`/orgs/${encodeURIComponent(orgId)}`}>
        {org.data?.name ?? t('orgs.back')}
      </BackLink>
      <PageHeader title={t('library.title')} lead={t('library.lead')} action={actions} />
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <Pills
          label={t('library.filters.kind')}
          choices={([null, 'prompt', 'practice'] as const).map((value) => ({
            value,
            label: t(`library.filters.${value ?? 'all'}`),
          }))}
          value={kind}
          onChange={setKind}
        />
        <div className="sm:w-72">
          <TextField
            label={t('library.filters.search')}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      </div>
      {curator ? (
        <div className="mb-4">
          <CheckboxField
            label={t('library.filters.retired')}
            checked={retired}
            onChange={(event) => setRetired(event.target.checked)}
          />
        </div>
      ) : null}
      <SearchResults
        list={list}
        found={q ? t('library.found', { count: items.length }) : ''}
        isEmpty={items.length === 0}
        empty={<NothingFound>{t('library.nothingFound')}</NothingFound>}
      >
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {items.map((entry) => (
            <EntryRow key={entry.id} orgId={orgId} entry={entry} retired={retired} />
          ))}
        </ul>
        <ShowMore list={list} />
      </SearchResults>
      {dialog ? (
        <EntryDialog
          orgId={orgId}
          mode={dialog}
          entry={null}
          open
          onOpenChange={(open) => (open ? null : setDialog(null))}
          onSaved={(id) => {
            if (dialog === 'create') void navigate(entryPagePath(orgId, id));
          }}
        />
      ) : null}
    </>
  );
}

function EntryRow({
  orgId,
  entry,
  retired,
}: {
  orgId: string;
  entry: LibraryEntry;
  retired: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className="relative flex flex-col gap-1.5 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5">
      <h2 className="text-base font-semibold break-words text-ink">
        <Link
          to={entryPagePath(orgId, entry.id)}
          className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
        >
          {entry.title}
        </Link>
      </h2>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1.5">
        <EntryLabels entry={entry} retired={retired} />
        <span className="text-sm text-ink-muted">
          {t('library.chosen', { count: entry.chosenCount })}
        </span>
      </div>
    </li>
  );
}
