import { useTranslation } from '../../lib/use-translation';
import { describeError } from '../../lib/form-errors';
import { FormAlert } from './form-alert';

/** What a page shows when what it reads could not be loaded: why, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <FormAlert>
      {describeError(error, t)}{' '}
      <button type="button" onClick={onRetry} className="font-medium underline underline-offset-4">
        {t('common.tryAgain')}
      </button>
    </FormAlert>
  );
}
