import type { UseQueryResult } from '@tanstack/react-query';
import { Plus, Users, type LucideIcon } from 'lucide-react';
import { Fragment, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '../../lib/use-translation';
import type { User } from '../../../contracts/accounts';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { LoadError } from '../ui/load-error';
import { PageHeader } from '../ui/page-header';
import { PageLoading } from '../ui/page-loading';
import { useColleagues } from '../../lib/colleagues';
import { useCurrentUser } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import type { PairSpaceDialogProps } from './pair-space-new-dialog';

type ListWord = 'title' | 'lead' | 'new.open' | 'emptyTitle' | 'empty' | 'noOrgTitle' | 'noOrg';

/**
 * The list page of spaces two colleagues share (delegation agreements, 1:1s): the header with
 * "New …" while I have a colleague, one `row` per open space (or the empty state, which says
 * when there is nobody to start one with), the archived ones folded away under `archive`, and
 * the `NewDialog` that starts one.
 *
 * @example
 * <PairSpaceList words="delegation" icon={Handshake} spaces={useAgreements()}
 *   isArchived={(a) => Boolean(a.archivedAt)} row={(a) => <PairSpaceRow … />}
 *   archive={(archived) => <PairSpaceArchive …>…</PairSpaceArchive>} NewDialog={NewAgreementDialog} />
 */
export function PairSpaceList<T extends { id: string }>({
  words,
  icon,
  spaces,
  isArchived,
  row,
  archive,
  NewDialog,
}: {
  /**
   * Where its words are in the locale: `title`, `lead`, `new.open` (the "New …" button),
   * `emptyTitle` and `empty`, and `noOrgTitle` and `noOrg` for when I have no colleague
   * (e.g. 'delegation').
   */
  words: 'delegation' | 'oneOnOnes';
  /** The empty state's icon when a space can be started. */
  icon: LucideIcon;
  spaces: Pick<UseQueryResult<T[]>, 'data' | 'isError' | 'error' | 'refetch'>;
  isArchived: (space: T) => boolean;
  row: (space: T) => ReactNode;
  /** The folded part, given the archived spaces (never empty) and me. */
  archive: (archived: T[], me: User) => ReactNode;
  NewDialog: ComponentType<PairSpaceDialogProps>;
}) {
  const { t } = useTranslation();
  const word = (key: ListWord) => t(`${words}.${key}` as const);
  useDocumentTitle(word('title'));
  const me = useCurrentUser().data;
  const colleagues = useColleagues(me?.id);
  const [creating, setCreating] = useState(false);
  const failed = [spaces, colleagues].find((query) => query.isError);
  const canStart = (colleagues.data?.length ?? 0) > 0;
  const open = spaces.data?.filter((space) => !isArchived(space)) ?? [];
  const archived = spaces.data?.filter(isArchived) ?? [];

  const newButton = (
    <Button
      variant="primary"
      icon={<Plus aria-hidden className="size-4" />}
      onClick={() => setCreating(true)}
    >
      {word('new.open')}
    </Button>
  );

  return (
    <>
      <PageHeader title={word('title')} lead={word('lead')} action={canStart ? newButton : null} />
      {failed ? (
        <LoadError
          error={failed.error}
          onRetry={() => [spaces, colleagues].forEach((query) => void query.refetch())}
        />
      ) : !spaces.data || !colleagues.data ? (
        <PageLoading />
      ) : (
        <div className="flex flex-col gap-6">
          {open.length === 0 ? (
            <EmptyState
              icon={canStart ? icon : Users}
              title={word(canStart ? 'emptyTitle' : 'noOrgTitle')}
              body={word(canStart ? 'empty' : 'noOrg')}
            >
              {canStart ? newButton : null}
            </EmptyState>
          ) : (
            <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
              {open.map((space) => (
                <Fragment key={space.id}>{row(space)}</Fragment>
              ))}
            </ul>
          )}
          {archived.length > 0 && me ? archive(archived, me) : null}
        </div>
      )}
      {colleagues.data && canStart ? (
        <NewDialog open={creating} onOpenChange={setCreating} orgs={colleagues.data} />
      ) : null}
    </>
  );
}
