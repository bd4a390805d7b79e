import { ArrowDown, ArrowUp, Check, Pencil, Plus, Trash2 } from 'lucide-react';
import { useId, useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateValueBody, MAX_VALUES, type Value } from '../../../../contracts/vision';
import { useReorder } from '../../../components/patterns/use-reorder';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateValue, useDeleteValue, useReorderValues, useUpdateValue } from '../api';

const FIELDS = ['name', 'description'] as const;

/**
 * Values as ranked chips. "Edit values" turns them into a list where each can be renamed,
 * removed, or moved up and down with buttons (no dragging needed), and new ones added.
 */
export function ValuesSection({ values }: { values: Value[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  // With no values yet, the list to add them is the whole section, and stays open while they
  // are added.
  const [editing, setEditing] = useState(values.length === 0);
  const showEditor = editing || values.length === 0;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-4">
        <h2 id={headingId} className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
          {t('vision.values.title')}
        </h2>
        {values.length > 0 ? (
          <Button
            size="sm"
            variant="ghost"
            icon={
              editing ? (
                <Check aria-hidden className="size-4" />
              ) : (
                <Pencil aria-hidden className="size-4" />
              )
            }
            aria-expanded={editing}
            onClick={() => setEditing((on) => !on)}
          >
            {editing ? t('vision.values.done') : t('vision.values.edit')}
          </Button>
        ) : null}
      </div>
      <p className="max-w-prose text-sm text-ink-muted">{t('vision.values.explain')}</p>
      {showEditor ? (
        <ValuesEditor values={values} />
      ) : (
        <ol className="flex flex-wrap gap-2">
          {values.map((value) => (
            <li
              key={value.id}
              className="flex max-w-full items-start gap-2.5 rounded-xl border border-line bg-surface py-2 pr-4 pl-2.5 sm:max-w-xs"
            >
              <span className="mt-px flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-soft text-xs font-semibold text-accent-ink tabular-nums">
                <span className="sr-only">{t('vision.values.rank')} </span>
                {value.rank}
              </span>
              <span className="flex min-w-0 flex-col">
                <span className="font-medium break-words text-ink">{value.name}</span>
                {value.description ? (
                  <span className="text-sm break-words text-ink-muted">{value.description}</span>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

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

function IconButton({
  label,
  children,
  ...rest
}: {
  label: string;
  children: ReactNode;
  disabled?: boolean;
  onClick: () => void;
  id?: string;
  'data-edit'?: string;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      className="inline-flex size-9 items-center justify-center rounded-lg text-ink-muted transition-colors duration-150 hover:bg-sunken hover:text-ink disabled:opacity-35 disabled:hover:bg-transparent"
      {...rest}
    >
      {children}
    </button>
  );
}

/** Adds a value, or (with `value`) renames one and changes its meaning. */
function ValueForm({
  value,
  onDone,
  submitLabel,
  nameRef,
}: {
  value?: Value;
  onDone?: () => void;
  submitLabel: string;
  nameRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const create = useCreateValue();
  const update = useUpdateValue();
  const pending = create.isPending || update.isPending;
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = {
      name: String(data.get('name') ?? '').trim(),
      description: String(data.get('description') ?? '').trim(),
    };
    if (!validate(CreateValueBody, values, { name: t('vision.values.nameRequired') })) return;
    if (value) {
      update.mutate({ id: value.id, ...values }, { onSuccess: onDone, onError: showApiError });
    } else {
      create.mutate(values, {
        onSuccess: () => {
          form.reset();
          form.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
        },
        onError: showApiError,
      });
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      aria-label={value ? t('vision.values.editOne', { name: value.name }) : undefined}
      className="flex flex-col gap-3"
    >
      {general ? <FormAlert>{general}</FormAlert> : null}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <TextField
          ref={nameRef}
          label={t('vision.values.name')}
          name="name"
          maxLength={60}
          autoComplete="off"
          defaultValue={value?.name}
          autoFocus={Boolean(value)}
          required
          error={fieldErrors.name}
        />
        <TextField
          label={t('vision.values.description')}
          name="description"
          maxLength={280}
          autoComplete="off"
          defaultValue={value?.description}
          hint={value ? undefined : t('vision.values.descriptionHint')}
          error={fieldErrors.description}
        />
      </div>
      <div className="flex gap-2">
        <Button
          type="submit"
          variant={value ? 'primary' : 'secondary'}
          loading={pending}
          icon={value ? undefined : <Plus aria-hidden className="size-4" />}
        >
          {submitLabel}
        </Button>
        {onDone ? (
          <Button variant="ghost" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function RemoveValueDialog({
  value,
  open,
  onClose,
  returnFocus,
}: {
  value: Value | null;
  open: boolean;
  onClose: () => void;
  returnFocus: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const remove = useDeleteValue();
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      open={open && value !== null}
      onOpenChange={(next) => {
        if (!next) {
          setError(null);
          onClose();
        }
      }}
      title={t('vision.values.removeTitle', { name: value?.name ?? '' })}
      description={t('vision.values.removeDescription')}
      returnFocus={returnFocus}
    >
      {error ? <FormAlert>{error}</FormAlert> : null}
      <DialogActions>
        <Button onClick={onClose}>{t('vision.values.keep')}</Button>
        <Button
          variant="danger-quiet"
          loading={remove.isPending}
          onClick={() => {
            if (!value) return;
            remove.mutate(value.id, {
              onSuccess: onClose,
              onError: (failure) => setError(describeError(failure, t)),
            });
          }}
        >
          {t('vision.values.removeConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
