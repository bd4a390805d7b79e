import { useTranslation } from '../../../lib/use-translation';
import type { UpdateMyRemindersBody } from '../../../../contracts/reminders';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useMyReminders, useUpdateMyReminders } from '../../../lib/reminders';
import { ReminderTime } from '../../../components/patterns/reminder-time';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** Account: reminders of the daily reflection and of the weekly review (on a chosen day). */
export function RemindersSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const reminders = useMyReminders();
  const update = useUpdateMyReminders();
  const save = (body: UpdateMyRemindersBody) =>
    update.mutate(body, {
      onSuccess: () => toast(t('reminders.savedAll')),
      onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
    });
  const data = reminders.data;
  const hint = data ? t('reminders.hint', { timeZone: data.timeZone }) : '';
  const reviewDay = data?.weeklyReview?.day ?? 7;
  return (
    <Card title={t('reminders.title')} description={t('reminders.description')}>
      {reminders.isError ? (
        <LoadError error={reminders.error} onRetry={() => void reminders.refetch()} />
      ) : null}
      {data ? (
        <div className="flex flex-col gap-6">
          <ReminderTime
            key={`reflection-${data.dailyReflection ?? ''}`}
            label={t('reminders.reflection')}
            hint={hint}
            time={data.dailyReflection}
            pending={update.isPending}
            onSave={(time) => save({ dailyReflection: time })}
          />
          <div className="flex flex-col gap-3">
            <SelectField
              className="max-w-xs"
              label={t('reminders.reviewDay')}
              options={WEEKDAYS.map((day) => ({
                value: day,
                label: t(`reminders.weekdays.${day}`),
              }))}
              value={String(reviewDay)}
              onChange={(event) => {
                const day = Number(event.currentTarget.value);
                if (data.weeklyReview) save({ weeklyReview: { ...data.weeklyReview, day } });
                else save({ weeklyReview: { day, time: '18:00' } });
              }}
            />
            <ReminderTime
              key={`review-${data.weeklyReview?.time ?? ''}`}
              label={t('reminders.review')}
              hint={hint}
              time={data.weeklyReview?.time ?? null}
              pending={update.isPending}
              onSave={(time) =>
                save({ weeklyReview: time === null ? null : { day: reviewDay, time } })
              }
            />
          </div>
        </div>
      ) : null}
    </Card>
  );
}
