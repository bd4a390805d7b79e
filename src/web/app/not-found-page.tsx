import { Compass } from 'lucide-react';
import { useTranslation } from '../lib/use-translation';
import { Link } from 'react-router';
import { CenteredLayout } from '../components/layouts/centered-layout';
import { buttonClasses } from '../components/ui/button';
import { useDocumentTitle } from '../lib/use-document-title';

/** What any unknown address shows: a kind word and a way back. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <CenteredLayout>
      <div className="flex flex-col items-start gap-4">
        <span className="flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
          <Compass aria-hidden className="size-5" />
        </span>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{t('notFound.heading')}</h1>
        <p className="text-[0.9375rem] text-ink-muted">{t('notFound.body')}</p>
        <Link to="/" className={buttonClasses('primary')}>
          {t('notFound.home')}
        </Link>
      </div>
    </CenteredLayout>
  );
}
