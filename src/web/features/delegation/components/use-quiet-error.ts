import { useTranslation } from '../../../lib/use-translation';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';

/** Failures of quick actions are said in a quiet toast. */
export function useQuietError() {
  const { t } = useTranslation();
  const toast = useToast();
  return (error: unknown) => toast({ title: describeError(error, t), tone: 'info' });
}
