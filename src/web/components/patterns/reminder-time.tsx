import { useState } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

/**
 * A reminder's local time (the practice page, Account → Reminders): a time input with Save, and Remove when one is set. `onSave` gets
 * `HH:MM`, or null to remove it.
 */
export function ReminderTime({
  label,
  hint,
  time,
  pending,
  onSave,
}: {
  label: string;
  hint: string;
  time: string | null;
  pending: boolean;
  onSave: (time: string | null) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(time ?? '');
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (draft) onSave(draft);
      }}
    >
      <TextField
        className="w-40"
        label={label}
        hint={hint}
        type="time"
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
      />
      <Button type="submit" variant="primary" loading={pending} disabled={!draft}>
        {t('reminders.save')}
      </Button>
      {time ? (
        <Button
          type="button"
          variant="ghost"
          onClick={() => {
            setDraft('');
            onSave(null);
          }}
        >
          {t('reminders.remove')}
        </Button>
      ) : null}
    </form>
  );
}
