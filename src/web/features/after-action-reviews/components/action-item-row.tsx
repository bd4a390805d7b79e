import { clsx } from 'clsx';
import { Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { ActionItem } from '../../../../contracts/after-action-reviews';

/**
 * One action item: a checkbox named by what will be done (ticked when done; a change while the
 * last one is under way is ignored), who owns it, and, with `onRemove`, a button to remove it.
 */
export function ActionItemRow({
  item,
  pending,
  onDone,
  onRemove,
}: {
  item: ActionItem;
  pending: boolean;
  /** Asks to change done; call `settled` once the change is saved or refused. */
  onDone: (done: boolean, settled: () => void) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  // The box follows a press at once; the item itself follows when the server answers.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const checked = wanted ?? item.done;
  return (
    <li className="flex items-start gap-3 px-4 py-3">
      <div className="flex h-6 shrink-0 items-center">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-owner`}
          aria-busy={pending || undefined}
          onChange={(event) => {
            if (pending) return;
            const done = event.target.checked;
            setWanted(done);
            onDone(done, () => setWanted(null));
          }}
          className="size-4 cursor-pointer accent-accent"
        />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <label
          htmlFor={id}
          className={clsx(
            'cursor-pointer leading-6 break-words',
            checked ? 'text-ink-muted line-through' : 'text-ink',
          )}
        >
          {item.text}
        </label>
        <p id={`${id}-owner`} className="text-sm text-ink-muted">
          {item.owner
            ? t('teamLearning.items.owner', { name: item.owner.name })
            : t('teamLearning.items.formerMember')}
          {checked ? ` · ${t('teamLearning.items.done')}` : null}
        </p>
      </div>
      {onRemove ? (
        <button
          type="button"
          onClick={onRemove}
          aria-label={t('teamLearning.items.remove', { text: item.text })}
          className="-my-1 inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-ink-muted transition-colors duration-150 hover:bg-danger-soft hover:text-danger"
        >
          <Trash2 aria-hidden className="size-4" />
        </button>
      ) : null}
    </li>
  );
}
