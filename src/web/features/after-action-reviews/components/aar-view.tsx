import { PenLine, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useNavigate } from 'react-router';
import type { Aar } from '../../../../contracts/after-action-reviews';
import type { Team } from '../../../../contracts/orgs';
import { MarkdownView } from '../../../components/patterns/markdown-view';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { formatCalendarDate } from '../../../lib/format';
import { useDeleteAar } from '../api';
import { QUESTIONS } from './aar-fields';
import { ActionItems } from './action-items';
import { CarriedForward } from './carried-forward';
import { EditAar } from './edit-aar';

/** One review as its team reads it: what it is, the earlier items, the answers, its own items. */
export function AarView({ aar, team, today }: { aar: Aar; team: Team; today: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteAar(aar);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Closing the editor brings focus back to Edit (opening it focuses its first field).
  useEffect(() => {
    if (!editing && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-ink-muted">
          {t('teamLearning.aar.kind')}
          {' · '}
          {formatCalendarDate(aar.date, navigator.language, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          })}
          {aar.createdBy
            ? ` · ${t('teamLearning.reviews.by', { name: aar.createdBy.name })}`
            : null}
        </p>
        <h1 className="text-3xl leading-tight font-semibold tracking-tight text-balance break-words text-ink">
          {aar.title}
        </h1>
        {!editing ? (
          <div className="flex flex-wrap gap-2">
            <Button
              ref={editRef}
              size="sm"
              icon={<PenLine aria-hidden className="size-4" />}
              onClick={() => setEditing(true)}
            >
              {t('teamLearning.aar.edit')}
            </Button>
            {aar.canDelete ? (
              <Button
                size="sm"
                variant="danger-quiet"
                icon={<Trash2 aria-hidden className="size-4" />}
                onClick={() => setDeleting(true)}
              >
                {t('teamLearning.aar.delete')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </header>

      <CarriedForward
        teamId={aar.teamId}
        items={aar.carriedForward}
        intro={t('teamLearning.carried.introExisting')}
      />

      {editing ? (
        <EditAar aar={aar} today={today} onDone={() => setEditing(false)} />
      ) : (
        <div className="flex flex-col gap-6">
          {QUESTIONS.map((question) => (
            <section key={question} className="flex flex-col gap-2">
              <h2 className="text-lg font-semibold tracking-tight text-ink">
                {t(`teamLearning.aar.questions.${question}`)}
              </h2>
              {aar[question].trim() ? (
                <MarkdownView source={aar[question]} />
              ) : (
                <p className="text-ink-muted">{t('teamLearning.aar.nothingWritten')}</p>
              )}
            </section>
          ))}
        </div>
      )}

      <ActionItems aar={aar} team={team} />

      <ConfirmDialog
        open={deleting}
        onClose={() => {
          setDeleting(false);
          remove.reset();
        }}
        title={t('teamLearning.aar.deleteTitle', { title: aar.title })}
        description={t('teamLearning.aar.deleteBody')}
        confirmLabel={t('teamLearning.aar.deleteConfirm')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              toast(t('teamLearning.aar.deleted', { title: aar.title }));
              void navigate(`/teams/${aar.teamId}`, { replace: true });
            },
          })
        }
      />
    </div>
  );
}
