import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';

/** Account → Your data: take everything out in a form you can read or bring back, or bring in what you kept elsewhere. */
export function YourDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portability.title'));
  return (
    <>
      <header className="mb-8">
        <Link to="/account" className="text-sm text-ink-muted hover:text-ink">
          ← {t('portability.back')}
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-ink">
          {t('portability.title')}
        </h1>
        <p className="mt-2 max-w-prose text-ink-muted">{t('portability.lead')}</p>
      </header>
      <div className="flex flex-col gap-6">
        <ExportSection />
        <ImportSection />
      </div>
    </>
  );
}
