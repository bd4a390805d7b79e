import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateAspirationBody } from '../../../../contracts/vision';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateAspiration } from '../api';
import {
  ASPIRATION_FIELDS,
  AspirationFields,
  EMPTY_ASPIRATION,
  type AspirationDraft,
} from './aspiration-fields';

/** Creates an aspiration, then opens its page, where reality is assessed next. */
export function NewAspirationDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAspiration();
  const [draft, setDraft] = useState<AspirationDraft>(EMPTY_ASPIRATION);
  const { formRef, fieldErrors, general, validate, showApiError, show } =
    useFormErrors(ASPIRATION_FIELDS);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setDraft(EMPTY_ASPIRATION);
      show({});
      create.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const body = { ...draft, title: draft.title.trim(), vision: draft.vision.trim() };
    const valid = validate(CreateAspirationBody, body, {
      title: t('vision.aspiration.titleRequired'),
      vision: t('vision.aspiration.visionRequired'),
    });
    if (!valid) return;
    create.mutate(body, {
      onSuccess: (aspiration) => {
        close(false);
        void navigate(`/vision/aspirations/${aspiration.id}`);
      },
      onError: showApiError,
    });
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title={t('vision.new.title')}
      description={t('vision.new.description')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('vision.new.submit')}
      pending={create.isPending}
    >
      <AspirationFields draft={draft} onChange={setDraft} errors={fieldErrors} />
    </FormDialog>
  );
}
