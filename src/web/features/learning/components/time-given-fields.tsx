import { useTranslation } from '../../../lib/use-translation';
import { TextField } from '../../../components/ui/text-field';

/**
 * The two fields of time given to an item: how many hours (in quarters, at most a day) and on
 * which day (never after `today`, which an emptied date falls back to). They sit side by side
 * in the caller's grid.
 */
export function TimeGivenFields({
  hours,
  date,
  today,
  errors,
  onHoursChange,
  onDateChange,
}: {
  hours: string;
  date: string;
  today: string;
  errors: { hours?: string; date?: string };
  onHoursChange: (hours: string) => void;
  onDateChange: (date: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('learning.form.hours')}
        name="hours"
        type="number"
        inputMode="decimal"
        min={0.25}
        max={24}
        step={0.25}
        value={hours}
        error={errors.hours}
        onChange={(event) => onHoursChange(event.target.value)}
      />
      <TextField
        label={t('learning.form.date')}
        name="date"
        type="date"
        value={date}
        max={today}
        error={errors.date}
        onChange={(event) => onDateChange(event.target.value || today)}
      />
    </>
  );
}
