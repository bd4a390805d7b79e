import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { addDays } from '../../../../core/calendar';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';

/** A date field to open any day of the past year (never the future). */
export function OtherDay({ today, onOpen }: { today: string; onOpen: (date: string) => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const min = addDays(today, -365);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (date && date <= today && date >= min) onOpen(date);
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
      <TextField
        type="date"
        label={t('practices.heatmap.otherDay')}
        value={date}
        min={min}
        max={today}
        onChange={(event) => setDate(event.target.value)}
        className="w-48"
      />
      <Button type="submit">{t('practices.heatmap.open')}</Button>
    </form>
  );
}
