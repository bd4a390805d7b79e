import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way back to `/feedback` above a page of the feedback area. */
export function BackToFeedback() {
  const { t } = useTranslation();
  return (
    <Link
      to="/feedback"
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {t('feedback.request.back')}
    </Link>
  );
}

/** The request is not there for me: someone else's, removed, or never asked of me. */
export function MissingRequest() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
        {t('feedback.request.missing')}
      </h1>
      <p className="text-ink-muted">{t('feedback.request.missingBody')}</p>
    </>
  );
}
