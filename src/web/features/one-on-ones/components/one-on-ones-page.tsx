import { ChevronRight, MessagesSquare, Plus, Users } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OneOnOneSummary } from '../../../../contracts/one-on-ones';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { useColleagues } from '../../../lib/colleagues';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSpaces } from '../api';
import { NewSpaceDialog } from './new-space-dialog';

/** The other person of a space, as I see it. */
const otherOf = (space: OneOnOneSummary) =>
  space.myRole === 'owner' ? space.colleague : space.owner;

/**
 * My 1:1s: the open ones (mine and those a colleague shares with me) with what is still to talk
 * about and to do; the ones I ended folded away. Starts a new one.
 */
export function OneOnOnesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('oneOnOnes.title'));
  const me = useCurrentUser().data;
  const spaces = useSpaces();
  const colleagues = useColleagues(me?.id);
  const [creating, setCreating] = useState(false);
  const failed = [spaces, colleagues].find((query) => query.isError);
  const canStart = (colleagues.data?.length ?? 0) > 0;
  const open = spaces.data?.filter((s) => !s.endedAt) ?? [];
  const ended = spaces.data?.filter((s) => s.endedAt) ?? [];

  const newButton = (
    <Button
      variant="primary"
      icon={<Plus aria-hidden className="size-4" />}
      onClick={() => setCreating(true)}
    >
      {t('oneOnOnes.new.open')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('oneOnOnes.title')}
        lead={t('oneOnOnes.lead')}
        action={canStart ? newButton : null}
      />
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
              icon={canStart ? MessagesSquare : Users}
              title={canStart ? t('oneOnOnes.emptyTitle') : t('oneOnOnes.noOrgTitle')}
              body={canStart ? t('oneOnOnes.empty') : t('oneOnOnes.noOrg')}
            >
              {canStart ? newButton : null}
            </EmptyState>
          ) : (
            <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
              {open.map((space) => (
                <SpaceRow key={space.id} space={space} />
              ))}
            </ul>
          )}
          {ended.length > 0 && me ? <EndedSection spaces={ended} timeZone={me.timeZone} /> : null}
        </div>
      )}
      {colleagues.data && canStart ? (
        <NewSpaceDialog open={creating} onOpenChange={setCreating} orgs={colleagues.data} />
      ) : null}
    </>
  );
}

function SpaceRow({ space }: { space: OneOnOneSummary }) {
  const { t } = useTranslation();
  const other = otherOf(space);
  return (
    <li className="relative flex flex-col gap-1.5 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
        <h2 className="min-w-0 text-base font-semibold break-words text-ink">
          {/* The whole row is the link's target area; the text stays a normal link. */}
          <Link
            to={`/one-on-ones/${space.id}`}
            className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
          >
            {space.title || t('oneOnOnes.list.with', { name: other.name })}
          </Link>
        </h2>
        <span className="text-sm text-ink-muted">{space.org.name}</span>
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink-muted">
        <span>
          {space.myRole === 'owner'
            ? `${t('oneOnOnes.list.yours')} · ${t('oneOnOnes.list.with', { name: other.name })}`
            : t('oneOnOnes.list.theirs', { name: other.name })}
        </span>
        <span aria-hidden>·</span>
        <span>{t('oneOnOnes.list.openTopics', { count: space.openTopics })}</span>
        <span aria-hidden>·</span>
        <span>{t('oneOnOnes.list.openActions', { count: space.openActions })}</span>
      </p>
    </li>
  );
}

function EndedSection({ spaces, timeZone }: { spaces: OneOnOneSummary[]; timeZone: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <details className="group rounded-xl border border-line">
      <summary className="flex cursor-pointer items-center gap-2 rounded-xl px-4 py-3 text-[0.9375rem] font-medium text-ink marker:content-none hover:bg-sunken">
        <ChevronRight
          aria-hidden
          className="size-4 text-ink-muted transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
        />
        <span id={headingId}>{t('oneOnOnes.list.endedSection', { count: spaces.length })}</span>
      </summary>
      <ul aria-labelledby={headingId} className="divide-y divide-line border-t border-line">
        {spaces.map((space) => (
          <li key={space.id} className="flex flex-col px-4 py-3">
            <Link
              to={`/one-on-ones/${space.id}`}
              className="rounded-sm font-medium break-words text-ink underline-offset-4 hover:text-accent-ink hover:underline"
            >
              {space.title || t('oneOnOnes.list.with', { name: otherOf(space).name })}
            </Link>
            <span className="text-sm text-ink-muted">
              {space.org.name} · {t('oneOnOnes.list.ended')}{' '}
              {space.endedAt ? formatDate(space.endedAt, navigator.language, timeZone) : ''}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
