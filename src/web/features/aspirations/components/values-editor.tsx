import { ArrowDown, ArrowUp, Pencil, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Value } from '../../../../contracts/vision';
import { MAX_VALUES } from '../../../../contracts/vision-limits';
import { useReorder } from '../../../components/patterns/use-reorder';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useReorderValues } from '../api';
import { IconButton } from './icon-button';
import { RemoveValueDialog } from './remove-value-dialog';
import { ValueForm } from './value-form';

/** The editable list of values: move, rename, remove, and a form to add one. */
export function ValuesEditor({ values, compact = false }: { values: Value[]; compact?: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const saveOrder = useReorderValues();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Value | null>(null);
  const [removeOpen, setRemoveOpen] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const addNameRef = useRef<HTMLInputElement>(null);

  const reorder = useReorder({
    items: values,
    idOf: (value) => value.id,
    onReorder: (ids) =>
      saveOrder.mutate(ids, {
        onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
      }),
    announce: (value, position, total) =>
      t('vision.values.moved', { name: value.name, position, total }),
  });

  return (
    <div className="flex flex-col gap-4">
      {values.length > 0 ? (
        <ol ref={listRef} className="divide-y divide-line rounded-xl border border-line bg-surface">
          {values.map((value, index) => (
            <li key={value.id} data-value-id={value.id} className="px-3 py-2.5 sm:px-4">
              {editingId === value.id ? (
                <ValueForm
                  value={value}
                  onDone={() => {
                    setEditingId(null);
                    // The form is gone: back to the row's Edit button, where the person was.
                    requestAnimationFrame(() =>
                      listRef.current
                        ?.querySelector<HTMLElement>(`[data-value-id="${value.id}"] [data-edit]`)
                        ?.focus(),
                    );
                  }}
                  submitLabel={t('vision.values.save')}
                />
              ) : (
                <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
                  <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-soft text-xs font-semibold text-accent-ink tabular-nums">
                    <span className="sr-only">{t('vision.values.rank')} </span>
                    {index + 1}
                  </span>
                  <span className="flex min-w-0 flex-1 flex-col">
                    <span className="font-medium break-words text-ink">{value.name}</span>
                    {value.description ? (
                      <span className="text-sm break-words text-ink-muted">
                        {value.description}
                      </span>
                    ) : null}
                  </span>
                  <span className="ml-auto flex items-center gap-0.5">
                    <IconButton
                      label={t('vision.values.moveUp', { name: value.name })}
                      id={reorder.buttonId(value, 'up')}
                      disabled={index === 0}
                      onClick={() => reorder.move(value, 'up')}
                    >
                      <ArrowUp aria-hidden className="size-4" />
                    </IconButton>
                    <IconButton
                      label={t('vision.values.moveDown', { name: value.name })}
                      id={reorder.buttonId(value, 'down')}
                      disabled={index === values.length - 1}
                      onClick={() => reorder.move(value, 'down')}
                    >
                      <ArrowDown aria-hidden className="size-4" />
                    </IconButton>
                    <IconButton
                      label={t('vision.values.editOne', { name: value.name })}
                      data-edit=""
                      onClick={() => setEditingId(value.id)}
                    >
                      <Pencil aria-hidden className="size-4" />
                    </IconButton>
                    <IconButton
                      label={t('vision.values.remove', { name: value.name })}
                      onClick={() => {
                        setRemoving(value);
                        setRemoveOpen(true);
                      }}
                    >
                      <Trash2 aria-hidden className="size-4" />
                    </IconButton>
                  </span>
                </div>
              )}
            </li>
          ))}
        </ol>
      ) : compact ? null : (
        <p className="rounded-xl border border-dashed border-line bg-paper p-4 text-[0.9375rem] text-ink-muted">
          {t('vision.values.empty')}
        </p>
      )}
      <span role="status" className="sr-only">
        {reorder.announcement}
      </span>
      {values.length < MAX_VALUES ? (
        <ValueForm nameRef={addNameRef} submitLabel={t('vision.values.add')} />
      ) : (
        <p className="text-sm text-ink-muted">{t('vision.values.full', { max: MAX_VALUES })}</p>
      )}
      <RemoveValueDialog
        value={removing}
        open={removeOpen}
        onClose={() => setRemoveOpen(false)}
        returnFocus={() => addNameRef.current}
      />
    </div>
  );
}
