import { CalendarClock, MessagesSquare } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import type { OneOnOneSummary } from '../../../../contracts/one-on-ones';
import { PairSpaceArchive } from '../../../components/patterns/pair-space-archive';
import { PairSpaceArchivedRow } from '../../../components/patterns/pair-space-archived-row';
import { PairSpaceList } from '../../../components/patterns/pair-space-list';
import { PairSpaceRow } from '../../../components/patterns/pair-space-row';
import { formatDate, formatDayAndTime } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useSpaces } from '../api';
import { NewSpaceDialog } from './new-space-dialog';
import { otherOf } from './other-of';

/**
 * My 1:1s: the open ones (mine and those a colleague shares with me) with what is still to talk
 * about and to do; the ones I ended folded away. Starts a new one.
 */
export function OneOnOnesPage() {
  const { t } = useTranslation();
  const path = (space: OneOnOneSummary) => `/one-on-ones/${space.id}`;
  const withOther = (space: OneOnOneSummary) =>
    t('oneOnOnes.list.with', { name: otherOf(space).name });
  const timeZone = useCurrentUser().data?.timeZone;
  /** The next meeting on a line of its own under the facts, when one is set and to come. */
  const next = (space: OneOnOneSummary) =>
    space.meeting?.next && timeZone ? (
      <span className="flex basis-full items-center gap-1.5 text-ink">
        <CalendarClock aria-hidden className="size-4 shrink-0 text-ink-muted" />
        {t('oneOnOnes.list.nextMeeting', {
          when: formatDayAndTime(
            space.meeting.next.startsAt,
            navigator.language,
            timeZone,
            new Date(),
          ),
        })}
      </span>
    ) : null;

  return (
    <PairSpaceList
      words="oneOnOnes"
      icon={MessagesSquare}
      spaces={useSpaces()}
      isArchived={(space) => Boolean(space.endedAt)}
      row={(space) => (
        <PairSpaceRow
          to={path(space)}
          title={space.title || withOther(space)}
          org={space.org.name}
          facts={[
            space.myRole === 'owner'
              ? `${t('oneOnOnes.list.yours')} · ${withOther(space)}`
              : t('oneOnOnes.list.theirs', { name: otherOf(space).name }),
            t('oneOnOnes.list.openTopics', { count: space.openTopics }),
            t('oneOnOnes.list.openActions', { count: space.openActions }),
          ]}
        >
          {next(space)}
        </PairSpaceRow>
      )}
      archive={(ended, me) => (
        <PairSpaceArchive label={t('oneOnOnes.list.endedSection', { count: ended.length })}>
          {ended.map((space) => (
            <PairSpaceArchivedRow
              key={space.id}
              to={path(space)}
              title={space.title || withOther(space)}
              detail={`${space.org.name} · ${t('oneOnOnes.list.ended')} ${
                space.endedAt ? formatDate(space.endedAt, navigator.language, me.timeZone) : ''
              }`}
            />
          ))}
        </PairSpaceArchive>
      )}
      NewDialog={NewSpaceDialog}
    />
  );
}
