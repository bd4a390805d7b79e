import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateAgreementBody, type PartyRole } from '../../../../contracts/delegation';
import { Button } from '../../../components/ui/button';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { ColleaguePicker, type ColleagueChoice } from '../../../components/ui/colleague-picker';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { ApiError } from '../../../lib/api-client';
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
  const first = (): ColleagueChoice => ({
    orgId: orgs[0]?.id ?? '',
    colleagueId: orgs[0]?.colleagues[0]?.userId ?? '',
  });
  const [choice, setChoice] = useState<ColleagueChoice>(first);
  const [myRole, setMyRole] = useState<PartyRole>('leader');
  const [area, setArea] = useState('');
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setChoice(first());
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
        if (error instanceof ApiError && error.code === 'agreement_exists') {
          const { id } = (error.details ?? {}) as { id?: string };
          if (id) {
            close(false);
            toast({ title: t('delegation.new.exists'), tone: 'info' });
            void navigate(`/delegation/${id}`);
            return;
          }
        }
        showApiError(error);
      },
    });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('delegation.new.title')}
      description={t('delegation.new.description')}
    >
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
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
        <DialogActions>
          <Button onClick={() => close(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" loading={start.isPending}>
            {t('delegation.new.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
