import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateAgreementBody, type PartyRole } from '../../../../contracts/delegation';
import { ChoiceGroup } from '../../../components/ui/choice-group';
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
import { useStartAgreement } from '../api';

const FIELDS = ['orgId', 'colleagueId', 'myRole', 'areas'] as const;

/**
 * Starts a delegation agreement with a colleague, as its leader or its member, with an optional
 * first decision area; then opens it.
 */
export function NewAgreementDialog({
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
  const start = useStartAgreement();
  const [choice, setChoice] = useState<ColleagueChoice>(() => firstColleagueChoice(orgs));
  const [myRole, setMyRole] = useState<PartyRole>('leader');
  const [area, setArea] = useState('');
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setChoice(firstColleagueChoice(orgs));
      setMyRole('leader');
      setArea('');
      show({});
      start.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    const body = {
      ...choice,
      myRole,
      areas: area.trim() ? [{ title: area.trim() }] : [],
    };
    if (!validate(CreateAgreementBody, body)) return;
    start.mutate(body, {
      onSuccess: (agreement) => {
        close(false);
        toast(t('delegation.new.started'));
        void navigate(`/delegation/${agreement.id}`);
      },
      onError: (error) => {
        // The two already have one: open it instead of failing.
        const id = existingIdOf(error, 'agreement_exists');
        if (id) {
          close(false);
          toast({ title: t('delegation.new.exists'), tone: 'info' });
          void navigate(`/delegation/${id}`);
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
      title={t('delegation.new.title')}
      description={t('delegation.new.description')}
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('delegation.new.submit')}
      pending={start.isPending}
    >
      <ColleaguePicker
        orgs={orgs}
        value={choice}
        onChange={setChoice}
        labels={{ org: t('delegation.new.org'), colleague: t('delegation.new.colleague') }}
        error={fieldErrors.colleagueId ?? fieldErrors.orgId}
      />
      <ChoiceGroup
        legend={t('delegation.new.role')}
        name="myRole"
        value={myRole}
        onChange={setMyRole}
        choices={[
          { value: 'leader', label: t('delegation.new.leader') },
          { value: 'member', label: t('delegation.new.member') },
        ]}
      />
      <TextField
        label={t('delegation.new.firstArea')}
        hint={t('delegation.new.firstAreaHint')}
        name="areas"
        value={area}
        maxLength={200}
        error={fieldErrors.areas}
        onChange={(event) => setArea(event.target.value)}
      />
    </FormDialog>
  );
}
