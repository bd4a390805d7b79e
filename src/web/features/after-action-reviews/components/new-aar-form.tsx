import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useNavigate } from 'react-router';
import { CreateAarBody } from '../../../../contracts/after-action-reviews';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateAar } from '../api';
import { rowsToItems, type ItemRow, type RowErrors } from '../action-items-view';
import { AAR_FIELDS, AarFields, draftOf, type AarDraft } from './aar-fields';
import { NewItemRows } from './new-item-rows';

/** The form of a new review: title, date, the four answers and its action items; saving opens it. */
export function NewAarForm({
  teamId,
  members,
  today,
}: {
  teamId: string;
  members: { id: string; name: string }[];
  today: string;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateAar(teamId);
  const [draft, setDraft] = useState<AarDraft>(() => draftOf(null, today));
  const [rows, setRows] = useState<ItemRow[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<number, RowErrors>>({});
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(AAR_FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const values = { ...draft, title: draft.title.trim(), actionItems: [] };
    const valid = validate(CreateAarBody, values, {
      title: t('teamLearning.aar.titleRequired'),
      date: t('teamLearning.aar.dateRequired'),
    });
    if (!valid) return;
    const { items, errors } = rowsToItems(rows, {
      text: t('teamLearning.items.textRequired'),
      ownerId: t('teamLearning.items.ownerRequired'),
    });
    setRowErrors(errors);
    const firstBad = Object.keys(errors)[0];
    if (firstBad !== undefined) {
      const key = Number(firstBad);
      const field = errors[key]?.text ? 'text' : 'ownerId';
      const input = formRef.current?.elements.namedItem(`item-${key}-${field}`);
      if (input instanceof HTMLElement) input.focus();
      return;
    }
    create.mutate(
      { ...values, actionItems: items },
      {
        onSuccess: (aar) => {
          toast(t('teamLearning.aar.created', { title: aar.title }));
          void navigate(`/aars/${aar.id}`, { replace: true });
        },
        onError: showApiError,
      },
    );
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-8">
      {general ? <FormAlert>{general}</FormAlert> : null}
      <AarFields draft={draft} onChange={setDraft} errors={fieldErrors} today={today} />
      <NewItemRows rows={rows} onChange={setRows} members={members} errors={rowErrors} />
      <div className="flex flex-wrap gap-2 border-t border-line pt-6">
        <Button type="submit" variant="primary" loading={create.isPending}>
          {t('teamLearning.aar.create')}
        </Button>
        <Button onClick={() => void navigate(`/teams/${teamId}`)}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
