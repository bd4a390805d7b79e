import { clsx } from 'clsx';
import { Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ActionItem,
  CreateActionBody,
  type OneOnOne,
} from '../../../../contracts/one-on-ones';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatCalendarDate } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddAction, useDeleteAction, useUpdateAction } from '../api';
import { SpaceSection } from './space-section';

const FIELDS = ['text', 'ownerId', 'dueOn'] as const;

/** Action items: what each of the two will do, optionally by when; ticked when done. */
export function ActionsSection({ space, myId }: { space: OneOnOne; myId: string }) {
  const { t } = useTranslation();
  const add = useAddAction();
  const other = space.myRole === 'owner' ? space.colleague : space.owner;
  const [draft, setDraft] = useState({ text: '', ownerId: myId, dueOn: '' });
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const body = { text: draft.text, ownerId: draft.ownerId, dueOn: draft.dueOn || undefined };
    if (!validate(CreateActionBody, body, { text: t('oneOnOnes.actions.textRequired') })) return;
    add.mutate(
      { id: space.id, ...body },
      {
        onSuccess: () => {
          setDraft((d) => ({ ...d, text: '', dueOn: '' }));
          show({});
        },
        onError: showApiError,
      },
    );
  };

  return (
    <SpaceSection
      title={t('oneOnOnes.actions.title')}
      none={t('oneOnOnes.actions.none')}
      list={
        space.actions.length === 0 ? null : (
          <ul className="flex flex-col divide-y divide-line">
            {space.actions.map((action) => (
              <ActionRow key={action.id} space={space} action={action} myId={myId} />
            ))}
          </ul>
        )
      }
      canAdd={space.canWrite}
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
    >
      <TextField
        label={t('oneOnOnes.actions.text')}
        name="text"
        value={draft.text}
        maxLength={500}
        autoComplete="off"
        error={fieldErrors.text}
        onChange={(event) => setDraft((d) => ({ ...d, text: event.target.value }))}
      />
      <div className="flex flex-wrap items-start gap-x-3 gap-y-3">
        <SelectField
          label={t('oneOnOnes.actions.owner')}
          name="ownerId"
          value={draft.ownerId}
          error={fieldErrors.ownerId}
          options={[
            { value: myId, label: t('oneOnOnes.actions.me') },
            { value: other.id, label: other.name },
          ]}
          onChange={(event) => setDraft((d) => ({ ...d, ownerId: event.target.value }))}
          className="w-44"
        />
        <TextField
          label={t('oneOnOnes.actions.dueOn')}
          name="dueOn"
          type="date"
          value={draft.dueOn}
          error={fieldErrors.dueOn}
          onChange={(event) => setDraft((d) => ({ ...d, dueOn: event.target.value }))}
          className="w-44"
        />
        <Button
          type="submit"
          loading={add.isPending}
          icon={<Plus aria-hidden className="size-4" />}
          className="sm:mt-7"
        >
          {t('oneOnOnes.actions.submit')}
        </Button>
      </div>
    </SpaceSection>
  );
}

function ActionRow({ space, action, myId }: { space: OneOnOne; action: ActionItem; myId: string }) {
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
