import { useTranslation } from '../../../lib/use-translation';
import { type Agreement, type Area, UpdateAreaBody } from '../../../../contracts/delegation';
import { EditTextDialog } from '../../../components/patterns/edit-text-dialog';
import { useDraftOnOpen } from '../../../lib/use-draft-on-open';
import { useUpdateArea } from '../api';
import { AreaFields } from './area-fields';

const AREA_FIELDS = ['title', 'note'] as const;

/** Changes a decision area's title and note. */
export function EditAreaDialog({
  agreement,
  area,
  open,
  onOpenChange,
}: {
  agreement: Agreement;
  area: Area;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useDraftOnOpen(open, () => ({ title: area.title, note: area.note }));

  return (
    <EditTextDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('delegation.area.editTitle')}
      submitLabel={t('delegation.area.save')}
      saved={t('delegation.area.saved')}
      fields={AREA_FIELDS}
      mutation={useUpdateArea()}
      prepare={(validate) =>
        validate(UpdateAreaBody, draft, { title: t('delegation.area.addTitleRequired') })
          ? { id: agreement.id, areaId: area.id, ...draft }
          : null
      }
    >
      {(fieldErrors) => (
        <AreaFields draft={draft} onChange={setDraft} errors={fieldErrors} rows={3} />
      )}
    </EditTextDialog>
  );
}
