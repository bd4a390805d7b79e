import { useTranslation } from '../../../lib/use-translation';
import { CreateAgreementBody, type PartyRole } from '../../../../contracts/delegation';
import {
  PairSpaceNewDialog,
  type PairSpaceDialogProps,
} from '../../../components/patterns/pair-space-new-dialog';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { TextField } from '../../../components/ui/text-field';
import { useStartAgreement } from '../api';

/**
 * Starts a delegation agreement with a colleague, as its leader or its member, with an optional
 * first decision area; then opens it.
 */
export function NewAgreementDialog(dialog: PairSpaceDialogProps) {
  const { t } = useTranslation();
  return (
    <PairSpaceNewDialog
      {...dialog}
      kind="delegation"
      mutation={useStartAgreement()}
      schema={CreateAgreementBody}
      initial={() => ({ myRole: 'leader' as PartyRole, area: '' })}
      toBody={(choice, { myRole, area }) => ({
        ...choice,
        myRole,
        areas: area.trim() ? [{ title: area.trim() }] : [],
      })}
    >
      {({ draft, setDraft, errors }) => (
        <>
          <ChoiceGroup
            legend={t('delegation.new.role')}
            name="myRole"
            value={draft.myRole}
            onChange={(myRole) => setDraft((d) => ({ ...d, myRole }))}
            choices={[
              { value: 'leader', label: t('delegation.new.leader') },
              { value: 'member', label: t('delegation.new.member') },
            ]}
          />
          <TextField
            label={t('delegation.new.firstArea')}
            hint={t('delegation.new.firstAreaHint')}
            name="areas"
            value={draft.area}
            maxLength={200}
            error={errors.areas}
            onChange={(event) => {
              const area = event.target.value;
              setDraft((d) => ({ ...d, area }));
            }}
          />
        </>
      )}
    </PairSpaceNewDialog>
  );
}
