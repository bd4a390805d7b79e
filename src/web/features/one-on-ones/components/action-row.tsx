import { clsx } from 'clsx';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { ActionItem, OneOnOne } from '../../../../contracts/one-on-ones';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatCalendarDate } from '../../../lib/format';
import { useDeleteAction, useUpdateAction } from '../api';

/** One action item: whose it is and by when; ticked when done, removed by either of the two. */
export function ActionRow({
  space,
  action,
  myId,
}: {
  space: OneOnOne;
  action: ActionItem;
  myId: string;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateAction();
  const remove = useDeleteAction();
  const [choice, setChoice] = useState<boolean | null>(null);
  const done = choice ?? action.done;
  const checkboxId = `action-${action.id}`;
  const onError = (error: unknown) => toast({ title: describeError(error, t), tone: 'info' });
  const owner = action.owner.id === myId ? t('oneOnOnes.actions.me') : action.owner.name;
  return (
    <li className="flex items-start gap-3 py-3">
      <input
        id={checkboxId}
        type="checkbox"
        checked={done}
        disabled={!space.canWrite}
        onChange={(event) => {
          const next = event.target.checked;
          setChoice(next);
          update.mutate(
            { id: space.id, actionId: action.id, done: next },
            { onError, onSettled: () => setChoice(null) },
          );
        }}
        className="mt-0.5 size-5 shrink-0 cursor-pointer rounded accent-accent disabled:cursor-default"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <label
          htmlFor={checkboxId}
          className={clsx(
            'cursor-pointer break-words',
            done ? 'text-ink-muted line-through decoration-line-strong' : 'text-ink',
          )}
        >
          {action.text}
        </label>
        <span className="text-sm text-ink-muted">
          {owner}
          {action.dueOn
            ? ` · ${t('oneOnOnes.actions.due', { date: formatCalendarDate(action.dueOn, navigator.language) })}`
            : ''}
        </span>
      </div>
      {space.canWrite ? (
        <button
          type="button"
          aria-label={t('oneOnOnes.actions.removeLabel', { text: action.text })}
          onClick={() =>
            remove.mutate(
              { id: space.id, actionId: action.id },
              { onSuccess: () => toast(t('oneOnOnes.actions.removed')), onError },
            )
          }
          className="-my-1 inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-ink-muted hover:bg-sunken hover:text-ink"
        >
          <Trash2 aria-hidden className="size-4" />
        </button>
      ) : null}
    </li>
  );
}
