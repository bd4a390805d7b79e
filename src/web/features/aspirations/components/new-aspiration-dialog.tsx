import { useTranslation } from '../../../lib/use-translation';
import { useNavigate } from 'react-router';
import { EditTextDialog } from '../../../components/patterns/edit-text-dialog';
import { useDraftOnOpen } from '../../../lib/use-draft-on-open';
import { useCreateAspiration } from '../api';
import {
  ASPIRATION_FIELDS,
  AspirationFields,
  EMPTY_ASPIRATION,
  type AspirationDraft,
} from './aspiration-fields';
import { createAspirationBody } from '../schemas';
import { checkedAspiration } from './checked-aspiration';

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
  const [draft, setDraft] = useDraftOnOpen<AspirationDraft>(open, () => EMPTY_ASPIRATION);

  return (
    <EditTextDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('vision.new.title')}
      description={t('vision.new.description')}
      className="sm:max-w-lg"
      submitLabel={t('vision.new.submit')}
      fields={ASPIRATION_FIELDS}
      mutation={useCreateAspiration()}
      prepare={(validate) => checkedAspiration(draft, validate, t)}
      schema={createAspirationBody}
      onSaved={(aspiration) => void navigate(`/vision/aspirations/${aspiration.id}`)}
    >
      {(fieldErrors) => <AspirationFields draft={draft} onChange={setDraft} errors={fieldErrors} />}
    </EditTextDialog>
  );
}
