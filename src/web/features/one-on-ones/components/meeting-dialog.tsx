import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Meeting, MeetingBody } from '../../../../contracts/one-on-ones';
import { FormDialog } from '../../../components/ui/form-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSetMeeting } from '../api';

const FIELDS = ['date', 'time', 'timeZone', 'durationMinutes', 'place', 'repeatWeeks'] as const;
const REPEATS = ['', '1', '2', '3', '4'] as const;

/** Sets or changes a 1:1's next meeting: when (in a time zone), how long, where, how often. */
export function MeetingDialog({
  spaceId,
  meeting,
  open,
  onOpenChange,
}: {
  spaceId: string;
  meeting: Meeting | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSetMeeting();
  const [date, setDate] = useState(meeting?.next?.date ?? meeting?.date ?? '');
  const [time, setTime] = useState(meeting?.time ?? '10:00');
  const [timeZone, setTimeZone] = useState(
    meeting?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
  const [duration, setDuration] = useState(String(meeting?.durationMinutes ?? 30));
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [repeat, setRepeat] = useState(String(meeting?.repeatWeeks ?? ''));
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const values = {
      date,
      time,
      timeZone: timeZone.trim(),
      durationMinutes: Number(duration),
      place: place.trim(),
      repeatWeeks: repeat === '' ? null : Number(repeat),
    };
    if (!validate(MeetingBody, values, { date: t('oneOnOnes.meeting.dateRequired') })) return;
    save.mutate(
      { id: spaceId, ...values },
      {
        onSuccess: () => {
          onOpenChange(false);
          toast(t('oneOnOnes.meeting.saved'));
        },
        onError: showApiError,
      },
    );
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('oneOnOnes.meeting.dialogTitle')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('oneOnOnes.meeting.save')}
      pending={save.isPending}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('oneOnOnes.meeting.date')}
          name="date"
          type="date"
          value={date}
          error={fieldErrors.date}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          label={t('oneOnOnes.meeting.time')}
          name="time"
          type="time"
          value={time}
          error={fieldErrors.time}
          onChange={(e) => setTime(e.target.value)}
        />
        <TextField
          label={t('oneOnOnes.meeting.timeZone')}
          name="timeZone"
          value={timeZone}
          autoComplete="off"
          error={fieldErrors.timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
        />
        <TextField
          label={t('oneOnOnes.meeting.duration')}
          name="durationMinutes"
          type="number"
          min={5}
          max={480}
          value={duration}
          error={fieldErrors.durationMinutes}
          onChange={(e) => setDuration(e.target.value)}
        />
      </div>
      <SelectField
        label={t('oneOnOnes.meeting.repeat')}
        name="repeatWeeks"
        value={repeat}
        error={fieldErrors.repeatWeeks}
        options={REPEATS.map((value) => ({
          value,
          label:
            value === ''
              ? t('oneOnOnes.meeting.once')
              : value === '1'
                ? t('oneOnOnes.meeting.everyWeek')
                : t('oneOnOnes.meeting.everyWeeks', { count: Number(value) }),
        }))}
        onChange={(e) => setRepeat(e.target.value)}
      />
      <TextField
        label={t('oneOnOnes.meeting.place')}
        name="place"
        value={place}
        maxLength={300}
        hint={t('oneOnOnes.meeting.placeHint')}
        error={fieldErrors.place}
        onChange={(e) => setPlace(e.target.value)}
      />
    </FormDialog>
  );
}
