import { NotebookPen, PenLine } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { buttonClasses } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';

/** The Journal before its first entry: what it is for, and "Write". */
export function EmptyJournal() {
  const { t } = useTranslation();
  return (
    <EmptyState icon={NotebookPen} title={t('journal.emptyTitle')} body={t('journal.empty')}>
      <Link to="/journal/new" className={buttonClasses('primary')}>
        <PenLine aria-hidden className="size-4" />
        {t('journal.write')}
      </Link>
    </EmptyState>
  );
}
