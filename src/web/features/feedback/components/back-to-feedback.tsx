import { useTranslation } from '../../../lib/use-translation';
import { BackLink } from '../../../components/patterns/back-link';

/** The way back to `/feedback` above a page of the feedback area. */
export function BackToFeedback() {
  const { t } = useTranslation();
  return <BackLink to="/feedback">{t('feedback.request.back')}</BackLink>;
}
