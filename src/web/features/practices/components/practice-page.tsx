import { Archive, ArchiveRestore, ArrowLeft, PenLine } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { addDays } from '../../../../core/calendar';
import type { PracticeDetail } from '../../../../contracts/practices';
import { Button } from '../../../components/ui/button';
import { DeleteAction } from '../../../components/patterns/delete-action';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { ApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/form-errors';
import { scheduleWords } from '../../../lib/practice-words';
import type { ShareControl } from '../../../lib/share-control';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDeletePractice, useLinkOptions, usePractice, useUpdatePractice } from '../api';
import { DayDialog } from './day-dialog';
import { Heatmap } from './heatmap';
import { PracticeDialog } from './practice-dialog';
import { StrengthChart } from './strength-chart';
import { StrengthSummary } from './strength-summary';

/**
 * One practice: strength now (explained once), current and best streak, a year of check-ins
 * as a heatmap where any past day can be checked in, skipped or undone, and strength over the
 * year. Edit, archive and delete (after a confirmation) live here too, and, when the app passes
 * it in, "Who can see this" (`ShareControl`).
 */
export function PracticePage({ ShareControl }: { ShareControl?: ShareControl } = {}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const practice = usePractice(id);
  useDocumentTitle(practice.data?.name ?? t('practices.title'));

  if (practice.error instanceof ApiError && practice.error.status === 404) {
    return (
      <>
        <BackLink />
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('practices.missing')}
        </h1>
        <p className="text-ink-muted">{t('practices.missingBody')}</p>
      </>
    );
  }
  if (practice.isError) {
    return <LoadError error={practice.error} onRetry={() => void practice.refetch()} />;
  }
  if (!practice.data) return <PageLoading />;
  return <PracticeView practice={practice.data} ShareControl={ShareControl} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link
      to="/practices"
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {t('practices.back')}
    </Link>
  );
}

function PracticeView({
  practice,
  ShareControl,
}: {
  practice: PracticeDetail;
  ShareControl?: ShareControl;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdatePractice();
  const remove = useDeletePractice();
  const { aspirations, values } = useLinkOptions();
  const [editing, setEditing] = useState(false);
  const [day, setDay] = useState<string | null>(null);
  const heatmapHeadingId = useId();
  const chartHeadingId = useId();
  const aspiration = aspirations.find((a) => a.id === practice.aspirationId);
  const value = values.find((v) => v.id === practice.valueId);
  const checkInOf = (date: string) =>
    practice.history.checkIns.find((checkIn) => checkIn.date === date) ?? null;

  const setArchived = (archived: boolean) =>
    update.mutate(
      { id: practice.id, archived },
      {
        onSuccess: () => toast(archived ? t('practices.archivedToast') : t('practices.restored')),
        onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
      },
    );

  const unit = practice.streakUnit === 'week' ? 'practices.weeks' : 'practices.days';

  return (
    <>
      <BackLink />
      <header className="mb-8 flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight break-words text-ink">
          {practice.name}
        </h1>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-[0.9375rem] text-ink-muted">
          <span>{scheduleWords(practice.schedule, t, navigator.language)}</span>
          {aspiration ? (
            <span>
              {t('practices.servesAspiration')}{' '}
              <Link
                to={`/vision/aspirations/${aspiration.id}`}
                className="font-medium text-accent-ink underline-offset-4 hover:underline"
              >
                {aspiration.title}
              </Link>
            </span>
          ) : null}
          {value ? (
            <span>
              {t('practices.expressesValue')}{' '}
              <span className="font-medium text-ink">{value.name}</span>
            </span>
          ) : null}
        </p>
        {practice.description ? (
          <p className="max-w-prose font-serif leading-relaxed text-ink">{practice.description}</p>
        ) : null}
        {practice.archived ? (
          <FormAlert tone="info">{t('practices.archivedNote')}</FormAlert>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            icon={<PenLine aria-hidden className="size-4" />}
            onClick={() => setEditing(true)}
          >
            {t('practices.edit.open')}
          </Button>
          <Button
            size="sm"
            loading={update.isPending && update.variables?.archived !== undefined}
            icon={
              practice.archived ? (
                <ArchiveRestore aria-hidden className="size-4" />
              ) : (
                <Archive aria-hidden className="size-4" />
              )
            }
            onClick={() => setArchived(!practice.archived)}
          >
            {practice.archived ? t('practices.restore') : t('practices.archive')}
          </Button>
          <DeleteAction
            id={practice.id}
            remove={remove}
            label={t('practices.delete')}
            title={t('practices.deleteTitle')}
            description={t('practices.deleteBody', { name: practice.name })}
            confirmLabel={t('practices.deleteConfirm')}
            done={t('practices.deleted')}
            goTo="/practices"
          />
          {ShareControl ? (
            <ShareControl itemType="practice" itemId={practice.id} itemTitle={practice.name} />
          ) : null}
        </div>
      </header>

      <div className="flex flex-col gap-10">
        <StrengthSummary
          strength={practice.strength}
          current={t(unit, { count: practice.streak })}
          best={t(unit, { count: practice.bestStreak })}
        />

        <section aria-labelledby={heatmapHeadingId} className="flex flex-col gap-4">
          <h2
            id={heatmapHeadingId}
            className="text-sm font-semibold tracking-wide text-ink-muted uppercase"
          >
            {t('practices.heatmap.title')}
          </h2>
          <div className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-5 sm:p-6">
            <Heatmap
              today={practice.today.date}
              checkIns={practice.history.checkIns}
              onOpenDay={setDay}
            />
            <OtherDay today={practice.today.date} onOpen={setDay} />
          </div>
        </section>

        <section aria-labelledby={chartHeadingId} className="flex flex-col gap-4">
          <h2
            id={chartHeadingId}
            className="text-sm font-semibold tracking-wide text-ink-muted uppercase"
          >
            {t('practices.chart.title')}
          </h2>
          <div className="rounded-xl border border-line bg-surface p-4 sm:p-6">
            <StrengthChart history={practice.history.strength} />
          </div>
        </section>
      </div>

      {day ? (
        <DayDialog
          key={day}
          practiceId={practice.id}
          date={day}
          checkIn={checkInOf(day)}
          onClose={() => setDay(null)}
        />
      ) : null}
      <PracticeDialog
        key={practice.id}
        open={editing}
        onOpenChange={setEditing}
        practice={practice}
      />
    </>
  );
}

/** A date field to open any day of the past year (never the future). */
function OtherDay({ today, onOpen }: { today: string; onOpen: (date: string) => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const min = addDays(today, -365);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (date && date <= today && date >= min) onOpen(date);
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
      <TextField
        type="date"
        label={t('practices.heatmap.otherDay')}
        value={date}
        min={min}
        max={today}
        onChange={(event) => setDate(event.target.value)}
        className="w-48"
      />
      <Button type="submit">{t('practices.heatmap.open')}</Button>
    </form>
  );
}
