import { useTranslation } from '../../../lib/use-translation';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useMyReminders, useSetPracticeReminder } from '../../../lib/reminders';
import { ReminderTime } from '../../../components/patterns/reminder-time';

/** On a practice's page: the local time it reminds me at, on its scheduled days. */
export function PracticeReminder({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const reminders = useMyReminders();
  const set = useSetPracticeReminder(practiceId);
  if (!reminders.data) return null;
  const time = reminders.data.practices.find((p) => p.practiceId === practiceId)?.time ?? null;
  return (
    <ReminderTime
      key={time ?? ''}
      label={t('reminders.practice.label')}
      hint={t('reminders.practice.hint', { timeZone: reminders.data.timeZone })}
      time={time}
      pending={set.isPending}
      onSave={(next) =>
        set.mutate(next, {
          onSuccess: () =>
            toast(next ? t('reminders.saved', { time: next }) : t('reminders.removed')),
          onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
        })
      }
    />
  );
}
