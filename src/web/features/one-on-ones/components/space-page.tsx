import { ArrowLeft, Lock } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OneOnOne } from '../../../../contracts/one-on-ones';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useEndSpace, useSpace } from '../api';
import { ActionsSection } from './actions-section';
import { NotesSection } from './notes-section';
import { TopicsSection } from './topics-section';

/**
 * One 1:1 as one of its two people sees it: the agenda, notes and action items, who can see it,
 * and — for its owner — ending it. Anyone else, and the colleague once it has ended, sees a
 * calm "not here".
 */
export function SpacePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const space = useSpace(id);
  const me = useCurrentUser().data;
  const other = space.data
    ? space.data.myRole === 'owner'
      ? space.data.colleague
      : space.data.owner
    : null;
  useDocumentTitle(
    space.data && other
      ? space.data.title || t('oneOnOnes.heading', { name: other.name })
      : t('oneOnOnes.title'),
  );

  if (space.error instanceof ApiError && space.error.status === 404) {
    return (
      <>
        <BackLink />
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('oneOnOnes.missing')}
        </h1>
        <p className="max-w-prose text-ink-muted">{t('oneOnOnes.missingBody')}</p>
      </>
    );
  }
  if (space.isError) {
    return <LoadError error={space.error} onRetry={() => void space.refetch()} />;
  }
  if (!space.data || !me) return <PageLoading />;
  return <SpaceView space={space.data} myId={me.id} timeZone={me.timeZone} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link
      to="/one-on-ones"
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {t('oneOnOnes.back')}
    </Link>
  );
}

function SpaceView({ space, myId, timeZone }: { space: OneOnOne; myId: string; timeZone: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const end = useEndSpace();
  const [ending, setEnding] = useState(false);
  const other = space.myRole === 'owner' ? space.colleague : space.owner;
  const heading = t('oneOnOnes.heading', { name: other.name });

  return (
    <>
      <BackLink />
      <header className="mb-8 flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-3">
          <h1 className="text-3xl font-semibold tracking-tight break-words text-ink">
            {space.title || heading}
          </h1>
          {space.myRole === 'owner' && space.endedAt === null ? (
            <Button size="sm" variant="danger-quiet" onClick={() => setEnding(true)}>
              {t('oneOnOnes.end.open')}
            </Button>
          ) : null}
        </div>
        <p className="text-[0.9375rem] text-ink-muted">
          {space.title ? `${heading} · ` : ''}
          {t('oneOnOnes.meta', { org: space.org.name, owner: space.owner.name })}
        </p>
        <p className="inline-flex items-center gap-1.5 text-sm text-ink-muted">
          <Lock aria-hidden className="size-3.5 shrink-0" />
          {space.endedAt
            ? t('oneOnOnes.privacyEnded')
            : t('oneOnOnes.privacy', { name: other.name })}
        </p>
        {space.endedAt ? (
          <FormAlert tone="info">
            {t('oneOnOnes.endedNote', {
              date: formatDate(space.endedAt, navigator.language, timeZone),
            })}
          </FormAlert>
        ) : !space.canWrite ? (
          <FormAlert tone="info">{t('oneOnOnes.apartNote', { org: space.org.name })}</FormAlert>
        ) : null}
      </header>

      <div className="flex flex-col gap-6">
        <TopicsSection space={space} />
        <NotesSection space={space} timeZone={timeZone} />
        <ActionsSection space={space} myId={myId} />
      </div>

      <ConfirmDialog
        open={ending}
        onClose={() => {
          setEnding(false);
          end.reset();
        }}
        title={t('oneOnOnes.end.title')}
        description={t('oneOnOnes.end.description', { name: other.name })}
        returnFocus={() => document.getElementById('main')}
        confirmLabel={t('oneOnOnes.end.confirm')}
        pending={end.isPending}
        error={end.error}
        onConfirm={() =>
          end.mutate(space.id, {
            onSuccess: () => {
              setEnding(false);
              toast(t('oneOnOnes.end.done'));
            },
          })
        }
      />
    </>
  );
}
