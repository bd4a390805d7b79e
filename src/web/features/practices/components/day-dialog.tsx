import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { CheckIn } from '../../../../contracts/practices';
import { onDismiss } from '../../../components/patterns/on-dismiss';
import { Button } from '../../../components/ui/button';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { describeError } from '../../../lib/form-errors';
import { formatCalendarDate } from '../../../lib/format';
import { useCheckIn } from '../api';

type Choice = 'done' | 'skipped' | 'none';

/** One past (or today's) day of a practice: mark it done, skipped (excused), or undo it. */
export function DayDialog({
  practiceId,
  date,
  checkIn,
  onClose,
}: {
  practiceId: string;
  date: string;
  checkIn: CheckIn | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useCheckIn();
  const [choice, setChoice] = useState<Choice>(checkIn?.status ?? 'none');
  const title = formatCalendarDate(date, navigator.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

  const submit = () => {
    if (save.isPending) return;
    if (choice === (checkIn?.status ?? 'none')) {
      onClose();
      return;
    }
    save.mutate(
      { id: practiceId, date, status: choice === 'none' ? null : choice },
      { onSuccess: onClose },
    );
  };

  return (
    <Dialog
      open
      onOpenChange={onDismiss(onClose)}
      title={title}
      description={t('practices.day.description')}
    >
      <div className="flex flex-col gap-5">
        {save.isError ? <FormAlert>{describeError(save.error, t)}</FormAlert> : null}
        <ChoiceGroup<Choice>
          legend={t('practices.day.legend')}
          name="day-status"
          value={choice}
          choices={[
            { value: 'done', label: t('practices.day.done') },
            { value: 'skipped', label: t('practices.day.skipped') },
            { value: 'none', label: t('practices.day.none') },
          ]}
          onChange={setChoice}
        />
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" loading={save.isPending} onClick={submit}>
            {t('practices.day.save')}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
