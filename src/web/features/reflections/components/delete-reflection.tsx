import { useTranslation } from '../../../lib/use-translation';
import { DeleteAction } from '../../../components/patterns/delete-action';
import type { ButtonSize } from '../../../components/ui/button';
import { useDeleteReflection } from '../api';

/** "Delete": asks before deleting a reflection for good, then goes back to the Journal. */
export function DeleteReflection({ id, size }: { id: string; size?: ButtonSize }) {
  const { t } = useTranslation();
  const remove = useDeleteReflection();
  return (
    <DeleteAction
      id={id}
      remove={remove}
      label={t('journal.delete.open')}
      title={t('journal.delete.title')}
      description={t('journal.delete.description')}
      confirmLabel={t('journal.delete.confirm')}
      done={t('journal.delete.done')}
      goTo="/journal"
      size={size}
    />
  );
}
