import { useTranslation } from 'react-i18next';
import { CreateAgreementBody, type PartyRole } from '../../../../contracts/delegation';
import { PairSpaceNewDialog } from '../../../components/patterns/pair-space-new-dialog';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { TextField } from '../../../components/ui/text-field';
import type { OrgColleagues } from '../../../lib/colleagues';
import { useDraftOnOpen } from '../../../lib/use-draft-on-open';
import { useStartAgreement } from '../api';

const FIELDS = ['myRole', 'areas'] as const;

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
  const [myRole, setMyRole] = useDraftOnOpen<PartyRole>(open, () => 'leader');
  const [area, setArea] = useDraftOnOpen(open, () => '');

  return (
    <PairSpaceNewDialog
      open={open}
      onOpenChange={onOpenChange}
      orgs={orgs}
      words="delegation.new"
      fields={FIELDS}
      mutation={useStartAgreement()}
      existsCode="agreement_exists"
      pathOf={(id) => `/delegation/${id}`}
      prepare={(choice, validate) => {
        const body = { ...choice, myRole, areas: area.trim() ? [{ title: area.trim() }] : [] };
        return validate(CreateAgreementBody, body) ? body : null;
      }}
    >
      {(fieldErrors) => (
        <>
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
        </>
      )}
    </PairSpaceNewDialog>
  );
}
