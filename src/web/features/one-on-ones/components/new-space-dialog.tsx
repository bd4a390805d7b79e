import { useTranslation } from 'react-i18next';
import { CreateOneOnOneBody } from '../../../../contracts/one-on-ones';
import { PairSpaceNewDialog } from '../../../components/patterns/pair-space-new-dialog';
import { TextField } from '../../../components/ui/text-field';
import type { OrgColleagues } from '../../../lib/colleagues';
import { useDraftOnOpen } from '../../../lib/use-draft-on-open';
import { useStartSpace } from '../api';

const FIELDS = ['title'] as const;

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
  const [title, setTitle] = useDraftOnOpen(open, () => '');

  return (
    <PairSpaceNewDialog
      open={open}
      onOpenChange={onOpenChange}
      orgs={orgs}
      words="oneOnOnes.new"
      fields={FIELDS}
      mutation={useStartSpace()}
      existsCode="one_on_one_exists"
      pathOf={(id) => `/one-on-ones/${id}`}
      prepare={(choice, validate) => {
        const body = { ...choice, title };
        return validate(CreateOneOnOneBody, body) ? body : null;
      }}
    >
      {(fieldErrors) => (
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
      )}
    </PairSpaceNewDialog>
  );
}
