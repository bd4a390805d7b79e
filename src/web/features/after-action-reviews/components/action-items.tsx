import { Plus } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import {
  ActionItemBody,
  type Aar,
  MAX_ACTION_ITEM_TEXT,
} from '../../../../contracts/after-action-reviews';
import type { Team } from '../../../../contracts/orgs';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddActionItem, useDeleteActionItem } from '../api';
import { useMarkItemDone } from '../use-mark-item-done';
import { ActionItemRow } from './action-item-row';
import { ActionItemsSection } from './action-items-section';

const ITEM_FIELDS = ['text', 'ownerId'] as const;

/** The review's own action items: done boxes, owners, removing, and adding one. */
export function ActionItems({ aar, team }: { aar: Aar; team: Team }) {
  const { t } = useTranslation();
  const toast = useToast();
  const listRef = useRef<HTMLUListElement>(null);
  const { update, mark } = useMarkItemDone(aar.teamId);
  const remove = useDeleteActionItem(aar);
  const add = useAddActionItem(aar);
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const { formRef, fieldErrors, general, validate, showApiError, show } =
    useFormErrors(ITEM_FIELDS);
  const failure = update.error ?? remove.error;

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const values = { text: text.trim(), ownerId };
    const valid = validate(ActionItemBody, values, {
      text: t('teamLearning.items.textRequired'),
      ownerId: t('teamLearning.items.ownerRequired'),
    });
    if (!valid) return;
    add.mutate(values, {
      onSuccess: () => {
        setText('');
        setOwnerId('');
        show({});
        toast(t('teamLearning.items.added'));
      },
      onError: showApiError,
    });
  };

  return (
    <ActionItemsSection>
      {failure ? <FormAlert>{describeError(failure, t)}</FormAlert> : null}
      {aar.actionItems.length === 0 ? (
        <p className="text-[0.9375rem] text-ink-muted">{t('teamLearning.items.empty')}</p>
      ) : (
        <ul ref={listRef} className="divide-y divide-line rounded-lg border border-line bg-surface">
          {aar.actionItems.map((item) => (
            <ActionItemRow
              key={item.id}
              item={item}
              pending={update.isPending && update.variables.itemId === item.id}
              onDone={(done, settled) => {
                remove.reset();
                mark(aar.id, item, done, settled);
              }}
              onRemove={() => {
                update.reset();
                remove.mutate(item.id, {
                  onSuccess: () => {
                    toast(t('teamLearning.items.removed', { text: item.text }));
                    formRef.current?.querySelector<HTMLElement>('input')?.focus();
                  },
                });
              }}
            />
          ))}
        </ul>
      )}
      <form
        ref={formRef}
        noValidate
        onSubmit={onAdd}
        className="flex flex-col gap-4 rounded-lg border border-line bg-paper p-4"
      >
        {general ? <FormAlert>{general}</FormAlert> : null}
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
          <TextField
            label={t('teamLearning.items.textField')}
            name="text"
            value={text}
            maxLength={MAX_ACTION_ITEM_TEXT}
            autoComplete="off"
            error={fieldErrors.text}
            onChange={(event) => setText(event.target.value)}
          />
          <SelectField
            label={t('teamLearning.items.ownerField')}
            name="ownerId"
            value={ownerId}
            error={fieldErrors.ownerId}
            onChange={(event) => setOwnerId(event.target.value)}
            options={[
              { value: '', label: t('teamLearning.items.chooseOwner') },
              ...team.members.map((member) => ({ value: member.userId, label: member.name })),
            ]}
          />
        </div>
        <div>
          <Button
            type="submit"
            loading={add.isPending}
            icon={<Plus aria-hidden className="size-4" />}
          >
            {t('teamLearning.items.add')}
          </Button>
        </div>
      </form>
    </ActionItemsSection>
  );
}
