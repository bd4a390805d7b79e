import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { CreateAreaBody } from '../../../../contracts/delegation';
import { useAddForm } from '../../../components/patterns/use-add-form';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { useAddArea } from '../api';
import { AreaFields } from './area-fields';

/** Adds a decision area; a round of poker opens on it at once. */
export function AddArea({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const headingId = useId();
  const { formRef, onSubmit, general, fieldProps, pending } = useAddForm({
    empty: { title: '', note: '' },
    mutation: useAddArea(),
    prepare: (draft, validate) =>
      validate(CreateAreaBody, draft, { title: t('delegation.area.addTitleRequired') })
        ? { id: agreementId, ...draft }
        : null,
    refocus: true,
    onAdded: () => toast(t('delegation.area.added')),
  });

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
        {t('delegation.area.add')}
      </h2>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
        {general ? <FormAlert>{general}</FormAlert> : null}
        <AreaFields {...fieldProps} rows={2} adding={pending} />
      </form>
    </section>
  );
}
