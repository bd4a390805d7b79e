import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { type Meeting, MeetingBody } from '../../../../contracts/one-on-ones';
import { WhenFields, whenOf, whenValues } from '../../../components/patterns/when-fields';
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
  const [when, setWhen] = useState(
    whenOf(meeting ? { ...meeting, date: meeting.next?.date ?? meeting.date } : undefined, {
      time: '10:00',
      durationMinutes: 30,
    }),
  );
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [repeat, setRepeat] = useState(String(meeting?.repeatWeeks ?? ''));
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const values = {
      ...whenValues(when),
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
      <WhenFields
        value={when}
        onChange={setWhen}
        errors={fieldErrors}
        maxMinutes={480}
        labels={{
          date: t('oneOnOnes.meeting.date'),
          time: t('oneOnOnes.meeting.time'),
          timeZone: t('oneOnOnes.meeting.timeZone'),
          durationMinutes: t('oneOnOnes.meeting.duration'),
        }}
      />
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
