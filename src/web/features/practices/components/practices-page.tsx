import { ChevronRight, Plus, Repeat } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PracticeSummary } from '../../../../contracts/practices';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { StrengthBar } from '../../../components/ui/strength-bar';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { scheduleWords, streakWords } from '../../../lib/practice-words';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePractices, useUpdatePractice } from '../api';
import { PracticeDialog } from './practice-dialog';

/**
 * The Practices page: one row per practice with its strength, streak and schedule; a dialog to
 * start a new one; archived practices folded away, each restorable.
 */
export function PracticesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('practices.title'));
  const current = usePractices(false);
  const archived = usePractices(true);
  const [creating, setCreating] = useState(false);
  const failed = [current, archived].find((query) => query.isError);
  const newButton = (
    <Button
      variant="primary"
      icon={<Plus aria-hidden className="size-4" />}
      onClick={() => setCreating(true)}
    >
      {t('practices.new.open')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('practices.title')} lead={t('practices.lead')} action={newButton} />
      {failed ? (
        <LoadError
          error={failed.error}
          onRetry={() => [current, archived].forEach((query) => void query.refetch())}
        />
      ) : !current.data ? (
        <PageLoading />
      ) : (
        <div className="flex flex-col gap-6">
          {current.data.length === 0 ? (
            <EmptyState icon={Repeat} title={t('practices.emptyTitle')} body={t('practices.empty')}>
              {newButton}
            </EmptyState>
          ) : (
            <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
              {current.data.map((practice) => (
                <PracticeRow key={practice.id} practice={practice} />
              ))}
            </ul>
          )}
          {archived.data && archived.data.length > 0 ? (
            <ArchivedSection practices={archived.data} />
          ) : null}
        </div>
      )}
      <PracticeDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}

function PracticeRow({ practice }: { practice: PracticeSummary }) {
  const { t } = useTranslation();
  return (
    <li className="relative flex flex-col gap-2 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:px-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
        <h2 className="min-w-0 text-base font-semibold break-words text-ink">
          {/* The whole row is the link's target area; the text stays a normal link. */}
          <Link
            to={`/practices/${practice.id}`}
            className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
          >
            {practice.name}
          </Link>
        </h2>
        <span className="text-sm text-ink-muted">
          {scheduleWords(practice.schedule, t, navigator.language)}
        </span>
      </div>
      <div className="grid items-center gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <StrengthBar strength={practice.strength} />
        <span className="text-sm text-ink-muted">{streakWords(practice, t)}</span>
      </div>
    </li>
  );
}

function ArchivedSection({ practices }: { practices: PracticeSummary[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const restore = useUpdatePractice();
  const headingId = useId();
  return (
    <details className="group rounded-xl border border-line">
      <summary className="flex cursor-pointer items-center gap-2 rounded-xl px-4 py-3 text-[0.9375rem] font-medium text-ink marker:content-none hover:bg-sunken">
        <ChevronRight
          aria-hidden
          className="size-4 text-ink-muted transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
        />
        <span id={headingId}>{t('practices.archived', { count: practices.length })}</span>
      </summary>
      <ul aria-labelledby={headingId} className="divide-y divide-line border-t border-line">
        {practices.map((practice) => (
          <li
            key={practice.id}
            className="flex flex-wrap items-center justify-between gap-3 px-4 py-3"
          >
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
            <Button
              size="sm"
              loading={restore.isPending && restore.variables?.id === practice.id}
              onClick={() =>
                restore.mutate(
                  { id: practice.id, archived: false },
                  {
                    onSuccess: () => toast(t('practices.restored')),
                    onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
                  },
                )
              }
            >
              {t('practices.restore')}
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
