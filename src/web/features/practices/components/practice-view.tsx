import { Archive, ArchiveRestore } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { PracticeDetail } from '../../../../contracts/practices';
import { DeleteItemAction } from '../../../components/patterns/delete-item-action';
import { EditButton } from '../../../components/patterns/edit-button';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { scheduleWords } from '../../../lib/practice-words';
import type { ShareControl } from '../../../lib/share-control';
import { useDeletePractice, useLinkOptions, useUpdatePractice } from '../api';
import { DayDialog } from './day-dialog';
import { Heatmap } from './heatmap';
import { OtherDay } from './other-day';
import { PracticeDialog } from './practice-dialog';
import { PracticeSection } from './practice-section';
import { PracticeReminder } from './practice-reminder';
import { StrengthChart } from './strength-chart';
import { StrengthSummary } from './strength-summary';

/**
 * One practice, loaded: what it is and what it serves, strength and streaks, the heatmap of a
 * year with any past day to open, and strength over the year; edit, archive, delete and, when
 * the app passes it in, "Who can see this" (`ShareControl`).
 */
export function PracticeView({
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
          <EditButton onClick={() => setEditing(true)}>{t('practices.edit.open')}</EditButton>
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
          <DeleteItemAction
            id={practice.id}
            remove={remove}
            words="practices"
            description={t('practices.deleteBody', { name: practice.name })}
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

        <PracticeSection
          title={t('practices.heatmap.title')}
          className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-5 sm:p-6"
        >
          <Heatmap
            today={practice.today.date}
            checkIns={practice.history.checkIns}
            onOpenDay={setDay}
          />
          <OtherDay today={practice.today.date} onOpen={setDay} />
        </PracticeSection>

        <PracticeSection
          title={t('reminders.title')}
          className="rounded-xl border border-line bg-surface p-4 sm:p-6"
        >
          <PracticeReminder practiceId={practice.id} />
        </PracticeSection>

        <PracticeSection
          title={t('practices.chart.title')}
          className="rounded-xl border border-line bg-surface p-4 sm:p-6"
        >
          <StrengthChart history={practice.history.strength} />
        </PracticeSection>
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
