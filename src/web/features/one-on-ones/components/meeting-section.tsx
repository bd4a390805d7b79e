import { CalendarClock } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { OneOnOne } from '../../../../contracts/one-on-ones';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { formatCalendarDate, formatDateTime } from '../../../lib/format';
import { useClearMeeting } from '../api';
import { MeetingDialog } from './meeting-dialog';

/** A link when the place is a web address, its text otherwise. */
function Place({ place }: { place: string }) {
  return /^https?:\/\//.test(place) ? (
    <a href={place} target="_blank" rel="noreferrer" className="text-accent underline break-all">
      {place}
    </a>
  ) : (
    <span className="break-words">{place}</span>
  );
}

/** The space's next meeting, set and changed by either of the two. */
export function MeetingSection({ space }: { space: OneOnOne }) {
  const { t } = useTranslation();
  const toast = useToast();
  const clear = useClearMeeting();
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const meeting = space.meeting;
  const locale = navigator.language;

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
            {t('oneOnOnes.meeting.title')}
          </h2>
          <p className="text-sm text-ink-muted">{t('oneOnOnes.meeting.explain')}</p>
        </div>
        {space.canWrite ? (
          <div className="flex gap-2">
            <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
              {meeting ? t('oneOnOnes.meeting.change') : t('oneOnOnes.meeting.set')}
            </Button>
            {meeting ? (
              <Button
                size="sm"
                variant="danger-quiet"
                disabled={clear.isPending}
                onClick={() =>
                  clear.mutate(
                    { id: space.id },
                    { onSuccess: () => toast(t('oneOnOnes.meeting.removed')) },
                  )
                }
              >
                {t('oneOnOnes.meeting.remove')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      {meeting ? (
        <div className="flex items-start gap-3 text-[0.9375rem] text-ink">
          <CalendarClock aria-hidden className="mt-0.5 size-5 shrink-0 text-ink-muted" />
          <div className="flex min-w-0 flex-col gap-1">
            <p data-testid="next-meeting" className="font-medium">
              {meeting.next
                ? t('oneOnOnes.meeting.when', {
                    when: formatDateTime(meeting.next.startsAt, locale, meeting.timeZone),
                    timeZone: meeting.timeZone,
                    minutes: meeting.durationMinutes,
                  })
                : t('oneOnOnes.meeting.past', {
                    date: formatCalendarDate(meeting.date, locale),
                  })}
            </p>
            {meeting.repeatWeeks !== null ? (
              <p className="text-ink-muted">
                {meeting.repeatWeeks === 1
                  ? t('oneOnOnes.meeting.repeatsEveryWeek')
                  : t('oneOnOnes.meeting.repeatsEveryWeeks', { count: meeting.repeatWeeks })}
              </p>
            ) : null}
            {meeting.place ? <Place place={meeting.place} /> : null}
            {meeting.updatedBy ? (
              <p className="text-sm text-ink-muted">
                {t('oneOnOnes.meeting.setBy', { name: meeting.updatedBy.name })}
              </p>
            ) : null}
          </div>
        </div>
      ) : (
        <p className="text-[0.9375rem] text-ink-muted">{t('oneOnOnes.meeting.none')}</p>
      )}
      {editing ? (
        <MeetingDialog spaceId={space.id} meeting={meeting} open onOpenChange={setEditing} />
      ) : null}
    </section>
  );
}
