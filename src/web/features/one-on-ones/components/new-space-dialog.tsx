import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateOneOnOneBody } from '../../../../contracts/one-on-ones';
import {
  ColleaguePicker,
  firstColleagueChoice,
  type ColleagueChoice,
} from '../../../components/ui/colleague-picker';
import { FormDialog } from '../../../components/ui/form-dialog';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { existingIdOf } from '../../../lib/api-client';
import type { OrgColleagues } from '../../../lib/colleagues';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useStartSpace } from '../api';

const FIELDS = ['orgId', 'colleagueId', 'title'] as const;

/** Starts a 1:1 space with a colleague (I own it), then opens it. */
export function NewSpaceDialog({
  open,
  onOpenChange,
  orgs,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgs: OrgColleagues[];
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const start = useStartSpace();
  const [choice, setChoice] = useState<ColleagueChoice>(() => firstColleagueChoice(orgs));
  const [title, setTitle] = useState('');
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setChoice(firstColleagueChoice(orgs));
      setTitle('');
      show({});
      start.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    const body = { ...choice, title };
    if (!validate(CreateOneOnOneBody, body)) return;
    start.mutate(body, {
      onSuccess: (space) => {
        close(false);
        toast(t('oneOnOnes.new.started'));
        void navigate(`/one-on-ones/${space.id}`);
      },
      onError: (error) => {
        // There is one already: open it instead of failing.
        const id = existingIdOf(error, 'one_on_one_exists');
        if (id) {
          close(false);
          toast({ title: t('oneOnOnes.new.exists'), tone: 'info' });
          void navigate(`/one-on-ones/${id}`);
          return;
        }
        showApiError(error);
      },
    });
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title={t('oneOnOnes.new.title')}
      description={t('oneOnOnes.new.description')}
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('oneOnOnes.new.submit')}
      pending={start.isPending}
    >
      <ColleaguePicker
        orgs={orgs}
        value={choice}
        onChange={setChoice}
        labels={{ org: t('oneOnOnes.new.org'), colleague: t('oneOnOnes.new.colleague') }}
        error={fieldErrors.colleagueId ?? fieldErrors.orgId}
      />
      <TextField
        label={t('oneOnOnes.new.name')}
        hint={t('oneOnOnes.new.nameHint')}
        name="title"
        value={title}
        maxLength={120}
        autoComplete="off"
        error={fieldErrors.title}
        onChange={(event) => setTitle(event.target.value)}
      />
    </FormDialog>
  );
}
