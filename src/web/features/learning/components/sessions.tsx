import { X } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { LearningSessionBody, type LearningItemDetail } from '../../../../contracts/learning';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatCalendarDate } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useDeleteSession, useLogTime } from '../api';
import { formatHours } from '../learning-words';
import { TimeGivenFields } from './time-given-fields';

const TIME_FIELDS = ['hours', 'date', 'note'] as const;

/** Every session logged on the item, newest first, and a small form to log another. */
export function Sessions({ item, today }: { item: LearningItemDetail; today: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const log = useLogTime();
  const remove = useDeleteSession();
  const headingId = useId();
  const locale = navigator.language;
  const [hours, setHours] = useState('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const { formRef, fieldErrors, general, validate, show } = useFormErrors(TIME_FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (log.isPending) return;
    const value = Number(hours);
    if (!hours.trim() || !Number.isFinite(value)) {
      show({ hours: t('learning.form.hoursInvalid') });
      return;
    }
    const body = { hours: value, date, note: note.trim() };
    if (!validate(LearningSessionBody, body)) return;
    log.mutate(
      { item, time: body },
      {
        onSuccess: ({ timeError }) => {
          if (timeError) {
            show({}, describeError(timeError, t));
            return;
          }
          setHours('');
          setNote('');
          toast(t('learning.item.timeLogged'));
        },
        onError: (error) => show({}, describeError(error, t)),
      },
    );
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {t('learning.item.sessions')}
      </h2>
      <form
        ref={formRef}
        noValidate
        onSubmit={submit}
        aria-label={t('learning.item.logTime')}
        className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 sm:p-5"
      >
        {general ? <FormAlert>{general}</FormAlert> : null}
        <div className="grid gap-3 sm:grid-cols-[8rem_11rem_minmax(0,1fr)_auto] sm:items-start">
          <TimeGivenFields
            hours={hours}
            date={date}
            today={today}
            errors={fieldErrors}
            onHoursChange={setHours}
            onDateChange={setDate}
          />
          <TextField
            label={t('learning.item.note')}
            name="note"
            value={note}
            maxLength={500}
            error={fieldErrors.note}
            onChange={(event) => setNote(event.target.value)}
          />
          <Button type="submit" loading={log.isPending} className="sm:mt-6.5">
            {t('learning.item.logTime')}
          </Button>
        </div>
      </form>
      {item.sessions.length === 0 ? (
        <p className="text-[0.9375rem] text-ink-muted">{t('learning.item.noSessions')}</p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {item.sessions.map((session) => {
            const day = formatCalendarDate(session.date, locale);
            const amount = t('learning.hours', {
              count: session.hours,
              hours: formatHours(session.hours, locale),
            });
            return (
              <li key={session.id} className="flex items-center gap-3 px-4 py-2.5 sm:px-5">
                <div className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-4 gap-y-0.5">
                  <time dateTime={session.date} className="w-28 shrink-0 text-sm text-ink-muted">
                    {day}
                  </time>
                  <span className="font-medium text-ink tabular-nums">{amount}</span>
                  {session.note ? (
                    <span className="min-w-0 text-[0.9375rem] break-words text-ink-muted">
                      {session.note}
                    </span>
                  ) : null}
                </div>
                <button
                  type="button"
                  aria-label={t('learning.item.removeSession', { hours: amount, date: day })}
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate(
                      { id: item.id, sessionId: session.id },
                      {
                        onSuccess: () => toast(t('learning.item.sessionRemoved')),
                        onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
                      },
                    )
                  }
                  className="-mr-2 inline-flex size-9 shrink-0 items-center justify-center rounded-lg text-ink-muted transition-colors duration-150 hover:bg-sunken hover:text-ink disabled:opacity-60"
                >
                  <X aria-hidden className="size-4" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
