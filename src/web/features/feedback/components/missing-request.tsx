import { useTranslation } from '../../../lib/use-translation';
import { NotHere } from '../../../components/patterns/not-here';

/** The request is not there for me: someone else's, removed, or never asked of me. */
export function MissingRequest() {
  const { t } = useTranslation();
  return <NotHere title={t('feedback.request.missing')} body={t('feedback.request.missingBody')} />;
}
