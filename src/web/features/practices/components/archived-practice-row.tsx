import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { PracticeSummary } from '../../../../contracts/practices';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { scheduleWords } from '../../../lib/practice-words';
import { useUpdatePractice } from '../api';

/** One archived practice, folded away on the list: its name and schedule, and "Restore". */
export function ArchivedPracticeRow({ practice }: { practice: PracticeSummary }) {
  const { t } = useTranslation();
  const toast = useToast();
  const restore = useUpdatePractice();
  const onRestore = () =>
    restore.mutate(
      { id: practice.id, archived: false },
      {
        onSuccess: () => toast(t('practices.restored')),
        onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
      },
    );
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
      <div className="flex min-w-0 flex-col">
        <Link
          to={`/practices/${practice.id}`}
          className="rounded-sm font-medium break-words text-ink underline-offset-4 hover:text-accent-ink hover:underline"
        >
          {practice.name}
        </Link>
        <span className="text-sm text-ink-muted">
          {scheduleWords(practice.schedule, t, navigator.language)}
        </span>
      </div>
      <Button size="sm" loading={restore.isPending} onClick={onRestore}>
        {t('practices.restore')}
      </Button>
    </li>
  );
}
