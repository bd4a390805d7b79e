import type { ComponentProps } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { AspirationDetail } from '../../../../contracts/vision';
import { EditTextDialog } from '../../../components/patterns/edit-text-dialog';

/** What the aspiration page gives each of these dialogs (a new `key` per opening). */
export interface AspirationDialogProps {
  aspiration: AspirationDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * A dialog on an aspiration's page that records one kind of change (`words`: the new reality
 * assessment or the new version of the vision), its title, description, submit and toast read
 * from `vision.<words>.*`; the fields and what is sent come from the caller.
 */
export function AspirationChangeDialog<F extends string, V, D>({
  words,
  ...dialog
}: Omit<
  ComponentProps<typeof EditTextDialog<F, V, D>>,
  'title' | 'description' | 'className' | 'submitLabel' | 'saved'
> & { words: 'reality' | 'change' }) {
  const { t } = useTranslation();
  return (
    <EditTextDialog
      {...dialog}
      title={t(`vision.${words}.title`)}
      description={t(`vision.${words}.description`)}
      className="sm:max-w-lg"
      submitLabel={t(`vision.${words}.submit`)}
      saved={t(`vision.${words}.saved`)}
    />
  );
}
