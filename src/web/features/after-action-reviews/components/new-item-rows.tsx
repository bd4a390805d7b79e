import { Plus, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { MAX_ACTION_ITEMS, MAX_ACTION_ITEM_TEXT } from '../../../../contracts/after-action-reviews';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { ItemRow, RowErrors } from '../action-items-view';
import { ActionItemsSection } from './action-items-section';

let nextKey = 1;

/**
 * The action items of a review being written: what will be done and who owns it (a member of
 * the team), one row each, added and removed freely before saving. Inputs are named
 * `item-<key>-text` and `item-<key>-ownerId` so a failed check can focus them.
 */
export function NewItemRows({
  rows,
  onChange,
  members,
  errors,
}: {
  rows: readonly ItemRow[];
  onChange: (rows: ItemRow[]) => void;
  members: readonly { id: string; name: string }[];
  errors: Record<number, RowErrors>;
}) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const [added, setAdded] = useState<number | null>(null);
  // A new row takes focus, so its text can be typed at once.
  useEffect(() => {
    if (added === null) return;
    listRef.current?.querySelector<HTMLElement>(`[name="item-${added}-text"]`)?.focus();
  }, [added]);
  const update = (key: number, change: Partial<ItemRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const ownerOptions = [
    { value: '', label: t('teamLearning.items.chooseOwner') },
    ...members.map((member) => ({ value: member.id, label: member.name })),
  ];

  return (
    <ActionItemsSection>
      {rows.length > 0 ? (
        <ol ref={listRef} className="flex flex-col gap-3">
          {rows.map((row, index) => (
            <li
              key={row.key}
              className="grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-start"
            >
              <TextField
                label={t('teamLearning.items.textNumbered', { number: index + 1 })}
                name={`item-${row.key}-text`}
                value={row.text}
                maxLength={MAX_ACTION_ITEM_TEXT}
                autoComplete="off"
                error={errors[row.key]?.text}
                onChange={(event) => update(row.key, { text: event.target.value })}
              />
              <SelectField
                label={t('teamLearning.items.ownerField')}
                name={`item-${row.key}-ownerId`}
                value={row.ownerId}
                options={ownerOptions}
                error={errors[row.key]?.ownerId}
                onChange={(event) => update(row.key, { ownerId: event.target.value })}
              />
              <Button
                variant="ghost"
                className="sm:mt-7"
                icon={<X aria-hidden className="size-4" />}
                onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
              >
                <span className="sm:sr-only">{t('teamLearning.items.removeRow')}</span>
                <span className="sr-only">
                  {' '}
                  {t('teamLearning.items.numbered', { number: index + 1 })}
                </span>
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
      {rows.length < MAX_ACTION_ITEMS ? (
        <div>
          <Button
            icon={<Plus aria-hidden className="size-4" />}
            onClick={() => {
              const key = nextKey++;
              onChange([...rows, { key, text: '', ownerId: '' }]);
              setAdded(key);
            }}
          >
            {t('teamLearning.items.addRow')}
          </Button>
        </div>
      ) : null}
    </ActionItemsSection>
  );
}
