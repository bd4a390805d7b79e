import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionBody } from '../../../../contracts/programs';
import { FormDialog } from '../../../components/ui/form-dialog';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddSession } from '../api';

const FIELDS = ['date', 'time', 'timeZone', 'durationMinutes', 'place', 'link', 'agenda'] as const;

/** Adds a session to a program: when (in a time zone), where or which link, and the agenda. */
export function SessionDialog({
  programId,
  open,
  onOpenChange,
}: {
  programId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useAddSession(programId);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('09:00');
  const [timeZone, setTimeZone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [duration, setDuration] = useState('90');
  const [place, setPlace] = useState('');
  const [link, setLink] = useState('');
  const [agenda, setAgenda] = useState('');
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const values = {
      date,
      time,
      timeZone: timeZone.trim(),
      durationMinutes: Number(duration),
      place: place.trim(),
      link: link.trim(),
      agenda: agenda.trim(),
    };
    if (!validate(SessionBody, values, { date: t('programs.form.dateRequired') })) return;
    add.mutate(values, {
      onSuccess: () => {
        onOpenChange(false);
        toast(t('programs.sessions.added'));
      },
      onError: showApiError,
    });
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('programs.sessions.newTitle')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('programs.sessions.add')}
      pending={add.isPending}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('programs.sessions.date')}
          name="date"
          type="date"
          value={date}
          error={fieldErrors.date}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          label={t('programs.sessions.time')}
          name="time"
          type="time"
          value={time}
          error={fieldErrors.time}
          onChange={(e) => setTime(e.target.value)}
        />
        <TextField
          label={t('programs.sessions.timeZone')}
          name="timeZone"
          value={timeZone}
          autoComplete="off"
          error={fieldErrors.timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
        />
        <TextField
          label={t('programs.sessions.duration')}
          name="durationMinutes"
          type="number"
          min={5}
          value={duration}
          error={fieldErrors.durationMinutes}
          onChange={(e) => setDuration(e.target.value)}
        />
      </div>
      <TextField
        label={t('programs.sessions.place')}
        name="place"
        value={place}
        maxLength={200}
        error={fieldErrors.place}
        onChange={(e) => setPlace(e.target.value)}
      />
      <TextField
        label={t('programs.sessions.link')}
        name="link"
        type="url"
        value={link}
        maxLength={500}
        error={fieldErrors.link}
        onChange={(e) => setLink(e.target.value)}
      />
      <TextareaField
        label={t('programs.sessions.agenda')}
        name="agenda"
        value={agenda}
        hint={t('programs.form.markdownHint')}
        error={fieldErrors.agenda}
        onChange={(e) => setAgenda(e.target.value)}
      />
    </FormDialog>
  );
}
