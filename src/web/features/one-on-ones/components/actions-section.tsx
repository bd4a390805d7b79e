import { Plus } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { CreateActionBody, type OneOnOne } from '../../../../contracts/one-on-ones';
import { useAddForm } from '../../../components/patterns/use-add-form';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useAddAction } from '../api';
import { ActionRow } from './action-row';
import { otherOf } from './other-of';
import { SpaceSection } from './space-section';

/** Action items: what each of the two will do, optionally by when; ticked when done. */
export function ActionsSection({ space, myId }: { space: OneOnOne; myId: string }) {
  const { t } = useTranslation();
  const other = otherOf(space);
  const { draft, setDraft, fieldErrors, pending, ...form } = useAddForm({
    empty: { text: '', ownerId: myId, dueOn: '' },
    mutation: useAddAction(),
    prepare: (draft, validate) => {
      const body = { text: draft.text, ownerId: draft.ownerId, dueOn: draft.dueOn || undefined };
      return validate(CreateActionBody, body, { text: t('oneOnOnes.actions.textRequired') })
        ? { id: space.id, ...body }
        : null;
    },
    // The owner chosen stays for the next one.
    reset: (added) => ({ ...added, text: '', dueOn: '' }),
  });

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
      formRef={form.formRef}
      onSubmit={form.onSubmit}
      general={form.general}
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
          loading={pending}
          icon={<Plus aria-hidden className="size-4" />}
          className="sm:mt-7"
        >
          {t('oneOnOnes.actions.submit')}
        </Button>
      </div>
    </SpaceSection>
  );
}
