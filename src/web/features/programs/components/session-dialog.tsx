import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { type ProgramSession, SessionBody } from '../../../../contracts/programs';
import { WhenFields, whenOf, whenValues } from '../../../components/patterns/when-fields';
import { FormDialog } from '../../../components/ui/form-dialog';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddSession, useUpdateSession } from '../api';

const FIELDS = ['date', 'time', 'timeZone', 'durationMinutes', 'place', 'link', 'agenda'] as const;

/**
 * Adds a session to a program, or changes one (`session`): when (in a time zone), where or which
 * link, and the agenda.
 */
export function SessionDialog({
  programId,
  session,
  open,
  onOpenChange,
}: {
  programId: string;
  session?: ProgramSession;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const addSession = useAddSession(programId);
  const updateSession = useUpdateSession(programId);
  const add = session ? updateSession : addSession;
  const [when, setWhen] = useState(whenOf(session, { time: '09:00', durationMinutes: 90 }));
  const [place, setPlace] = useState(session?.place ?? '');
  const [link, setLink] = useState(session?.link ?? '');
  const [agenda, setAgenda] = useState(session?.agenda ?? '');
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const values = {
      ...whenValues(when),
      place: place.trim(),
      link: link.trim(),
      agenda: agenda.trim(),
    };
    if (!validate(SessionBody, values, { date: t('programs.form.dateRequired') })) return;
    const done = {
      onSuccess: () => {
        onOpenChange(false);
        toast(t(session ? 'programs.sessions.saved' : 'programs.sessions.added'));
      },
      onError: showApiError,
    };
    if (session) updateSession.mutate({ sessionId: session.id, body: values }, done);
    else addSession.mutate(values, done);
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t(session ? 'programs.sessions.editTitle' : 'programs.sessions.newTitle')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t(session ? 'programs.sessions.save' : 'programs.sessions.add')}
      pending={add.isPending}
    >
      <WhenFields
        value={when}
        onChange={setWhen}
        errors={fieldErrors}
        labels={{
          date: t('programs.sessions.date'),
          time: t('programs.sessions.time'),
          timeZone: t('programs.sessions.timeZone'),
          durationMinutes: t('programs.sessions.duration'),
        }}
      />
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
