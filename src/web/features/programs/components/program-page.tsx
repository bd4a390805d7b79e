import { ArrowLeft, CalendarPlus, FileText, PenLine, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useParams } from 'react-router';
import type { Program } from '../../../../contracts/programs';
import { MarkdownView } from '../../../components/patterns/markdown-view';
import { Button, buttonClasses } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useEnroll, useProgram, useRemoveSession, useWithdraw } from '../api';
import { CurriculumCard } from './curriculum-card';
import { ProgramDialog } from './program-dialog';
import { RosterSection } from './roster-section';
import { SessionDialog } from './session-dialog';
import { useProgramWords } from './program-words';

/**
 * One program: what it is, my place in it (enroll, the waitlist, withdraw), its sessions and
 * its curriculum week by week, the flyer and the calendar; for facilitators and admins the
 * changes and the roster, by name only.
 */
export function ProgramPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const program = useProgram(id);
  useDocumentTitle(program.data?.title ?? t('programs.title'));

  if (program.isError)
    return <LoadError error={program.error} onRetry={() => void program.refetch()} />;
  if (!program.data) return <PageLoading />;
  return <ProgramView program={program.data} />;
}

function ProgramView({ program }: { program: Program }) {
  const { t } = useTranslation();
  const words = useProgramWords();
  const [editing, setEditing] = useState(false);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <Link
          to={`/orgs/${program.orgId}/programs`}
          className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
        >
          <ArrowLeft aria-hidden className="size-4" />
          {t('programs.title')}
        </Link>
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex min-w-0 flex-col gap-2">
            <h1 className="text-3xl font-semibold tracking-tight break-words text-ink">
              {program.title}
            </h1>
            <p className="text-[0.9375rem] text-ink-muted">
              {words.dates(program)}
              {program.status === 'closed' ? ` · ${t('programs.closed')}` : ''}
            </p>
          </div>
          {program.canManage ? (
            <Button
              icon={<PenLine aria-hidden className="size-4" />}
              onClick={() => setEditing(true)}
            >
              {t('programs.edit')}
            </Button>
          ) : null}
        </header>
      </div>
      <MyPlace program={program} />
      {program.description ? <MarkdownView source={program.description} /> : null}
      <Downloads program={program} />
      <Sessions program={program} />
      <CurriculumCard program={program} />
      {program.canManage ? <RosterSection program={program} /> : null}
      {program.canManage ? (
        <ProgramDialog
          key={program.updatedAt}
          orgId={program.orgId}
          program={program}
          open={editing}
          onOpenChange={setEditing}
        />
      ) : null}
    </div>
  );
}

function MyPlace({ program }: { program: Program }) {
  const { t } = useTranslation();
  const toast = useToast();
  const enroll = useEnroll(program.id);
  const withdraw = useWithdraw(program.id);
  const full = program.enrolledCount >= program.seats;
  const failed = enroll.error ?? withdraw.error;
  const { me } = program;
  return (
    <Card title={t('programs.place.title')}>
      <div className="flex flex-col gap-4">
        <p className="text-ink-muted">
          {t('programs.place.seats', { taken: program.enrolledCount, count: program.seats })}
          {program.waitlistCount > 0
            ? ` · ${t('programs.place.waiting', { count: program.waitlistCount })}`
            : ''}
        </p>
        {failed ? <FormAlert>{describeError(failed, t)}</FormAlert> : null}
        <p role="status" className="font-medium text-ink">
          {me.status === 'enrolled'
            ? t('programs.place.enrolled')
            : me.status === 'waitlisted'
              ? t('programs.place.waitlisted', { position: me.waitlistPosition })
              : program.status === 'closed'
                ? t('programs.place.closed')
                : full
                  ? t('programs.place.fullNotYou')
                  : t('programs.place.notYet')}
        </p>
        <div className="flex flex-wrap gap-2">
          {me.status === null && program.status === 'open' ? (
            <Button
              variant="primary"
              loading={enroll.isPending}
              onClick={() =>
                enroll.mutate(undefined, {
                  onSuccess: (r) =>
                    toast(
                      r.status === 'enrolled'
                        ? t('programs.place.enrolledToast')
                        : t('programs.place.waitlistedToast', { position: r.waitlistPosition }),
                    ),
                })
              }
            >
              {full ? t('programs.place.joinWaitlist') : t('programs.place.enroll')}
            </Button>
          ) : null}
          {me.status !== null ? (
            <Button
              loading={withdraw.isPending}
              onClick={() =>
                withdraw.mutate(undefined, {
                  onSuccess: () => toast(t('programs.place.withdrawnToast')),
                })
              }
            >
              {me.status === 'enrolled'
                ? t('programs.place.withdraw')
                : t('programs.place.leaveWaitlist')}
            </Button>
          ) : null}
        </div>
        <p className="text-sm text-ink-muted">{t('programs.place.privacy')}</p>
      </div>
    </Card>
  );
}

function Downloads({ program }: { program: Program }) {
  const { t } = useTranslation();
  const base = `/api/programs/${encodeURIComponent(program.id)}`;
  return (
    <div className="flex flex-wrap gap-2">
      <a
        className={buttonClasses('secondary')}
        href={`${base}/flyer.pdf`}
        target="_blank"
        rel="noopener"
      >
        <FileText aria-hidden className="size-4" />
        {t('programs.flyer')}
      </a>
      {program.sessions.length > 0 ? (
        <a className={buttonClasses('secondary')} href={`${base}/sessions.ics`} download>
          <CalendarPlus aria-hidden className="size-4" />
          {t('programs.calendar')}
        </a>
      ) : null}
    </div>
  );
}

function Sessions({ program }: { program: Program }) {
  const { t } = useTranslation();
  const remove = useRemoveSession(program.id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const editedSession = program.sessions.find((s) => s.id === editing);
  const when = (startsAt: string, timeZone: string) =>
    new Intl.DateTimeFormat(navigator.language, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(startsAt));
  return (
    <Card title={t('programs.sessions.title')}>
      <div className="flex flex-col gap-4">
        {program.sessions.length === 0 ? (
          <p className="text-ink-muted">{t('programs.sessions.none')}</p>
        ) : (
          <ol className="flex flex-col gap-4">
            {program.sessions.map((s, index) => (
              <li key={s.id} className="flex flex-col gap-1 border-l-2 border-line pl-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium text-ink">
                    {t('programs.sessions.number', { number: index + 1 })} ·{' '}
                    {when(s.startsAt, s.timeZone)} ({s.timeZone})
                  </span>
                  {program.canManage ? (
                    <div className="flex gap-1">
                      <Button
                        variant="ghost"
                        size="sm"
                        icon={<PenLine aria-hidden className="size-4" />}
                        aria-label={t('programs.sessions.edit', { number: index + 1 })}
                        onClick={() => setEditing(s.id)}
                      />
                      <Button
                        variant="ghost"
                        size="sm"
                        icon={<Trash2 aria-hidden className="size-4" />}
                        aria-label={t('programs.sessions.remove', { number: index + 1 })}
                        loading={remove.isPending && remove.variables === s.id}
                        onClick={() => remove.mutate(s.id)}
                      />
                    </div>
                  ) : null}
                </div>
                <span className="text-sm text-ink-muted">
                  {t('programs.sessions.minutes', { count: s.durationMinutes })}
                  {s.place ? ` · ${s.place}` : ''}
                </span>
                {s.link ? (
                  <a
                    href={s.link}
                    className="text-sm break-all text-accent underline"
                    rel="noopener noreferrer"
                    target="_blank"
                  >
                    {s.link}
                  </a>
                ) : null}
                {s.agenda ? <MarkdownView source={s.agenda} className="text-[0.9375rem]" /> : null}
              </li>
            ))}
          </ol>
        )}
        {program.canManage ? (
          <div>
            <Button icon={<Plus aria-hidden className="size-4" />} onClick={() => setAdding(true)}>
              {t('programs.sessions.add')}
            </Button>
            <SessionDialog
              key={String(adding)}
              programId={program.id}
              open={adding}
              onOpenChange={setAdding}
            />
            {editedSession ? (
              <SessionDialog
                key={`${editedSession.id}-${program.updatedAt}`}
                programId={program.id}
                session={editedSession}
                open
                onOpenChange={(open) => {
                  if (!open) setEditing(null);
                }}
              />
            ) : null}
          </div>
        ) : null}
      </div>
    </Card>
  );
}
