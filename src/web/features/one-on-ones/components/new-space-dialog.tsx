import { useTranslation } from '../../../lib/use-translation';
import { CreateOneOnOneBody } from '../../../../contracts/one-on-ones';
import {
  PairSpaceNewDialog,
  type PairSpaceDialogProps,
} from '../../../components/patterns/pair-space-new-dialog';
import { TextField } from '../../../components/ui/text-field';
import { useStartSpace } from '../api';

/** Starts a 1:1 space with a colleague (I own it), then opens it. */
export function NewSpaceDialog(dialog: PairSpaceDialogProps) {
  const { t } = useTranslation();
  return (
    <PairSpaceNewDialog
      {...dialog}
      kind="oneOnOnes"
      mutation={useStartSpace()}
      schema={CreateOneOnOneBody}
      initial={() => ({ title: '' })}
      toBody={(choice, { title }) => ({ ...choice, title })}
    >
      {({ draft, setDraft, errors }) => (
        <TextField
          label={t('oneOnOnes.new.name')}
          hint={t('oneOnOnes.new.nameHint')}
          name="title"
          value={draft.title}
          maxLength={120}
          autoComplete="off"
          error={errors.title}
          onChange={(event) => setDraft({ title: event.target.value })}
        />
      )}
    </PairSpaceNewDialog>
  );
}
