import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { OneOnOne } from '../../../../contracts/one-on-ones';
import { BackLink } from '../../../components/patterns/back-link';
import { PairSpaceHeader } from '../../../components/patterns/pair-space-header';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { formatDate } from '../../../lib/format';
import { useEndSpace } from '../api';
import { ActionsSection } from './actions-section';
import { MeetingSection } from './meeting-section';
import { NotesSection } from './notes-section';
import { otherOf } from './other-of';
import { TopicsSection } from './topics-section';

/** A 1:1 I may see: its header, agenda, notes and action items, and — for its owner — ending it. */
export function SpaceView({
  space,
  myId,
  timeZone,
}: {
  space: OneOnOne;
  myId: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const end = useEndSpace();
  const [ending, setEnding] = useState(false);
  const other = otherOf(space);
  const heading = t('oneOnOnes.heading', { name: other.name });

  return (
    <>
      <BackLink to="/one-on-ones">{t('oneOnOnes.back')}</BackLink>
      <PairSpaceHeader
        title={space.title || heading}
        action={
          space.myRole === 'owner' && space.endedAt === null ? (
            <Button size="sm" variant="danger-quiet" onClick={() => setEnding(true)}>
              {t('oneOnOnes.end.open')}
            </Button>
          ) : null
        }
        meta={
          <>
            {space.title ? `${heading} · ` : ''}
            {t('oneOnOnes.meta', { org: space.org.name, owner: space.owner.name })}
          </>
        }
        privacy={
          space.endedAt ? t('oneOnOnes.privacyEnded') : t('oneOnOnes.privacy', { name: other.name })
        }
        note={
          space.endedAt
            ? t('oneOnOnes.endedNote', {
                date: formatDate(space.endedAt, navigator.language, timeZone),
              })
            : !space.canWrite
              ? t('oneOnOnes.apartNote', { org: space.org.name })
              : null
        }
      />

      <div className="flex flex-col gap-6">
        {space.meeting || space.canWrite ? <MeetingSection space={space} /> : null}
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
