import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateAspirationBody } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
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
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('vision.new.title')}
      description={t('vision.new.description')}
      className="sm:max-w-lg"
    >
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        <AspirationFields draft={draft} onChange={setDraft} errors={fieldErrors} />
        <DialogActions>
          <Button onClick={() => close(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t('vision.new.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
