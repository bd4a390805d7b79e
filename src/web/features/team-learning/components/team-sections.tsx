import { PenLine } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TEAM_VISION, type TeamVision } from '../../../../contracts/team-vision';
import { canManageTeam } from '../../../../core/org-policy';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { useToast } from '../../../components/ui/toast';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { describeError } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/session';
import { useOrg, useSetMembersMayEdit, useTeam, useTeamVision, useWriteVision } from '../api';
import { MarkdownField } from '../../../components/patterns/markdown-field';
import { MarkdownText } from './markdown-text';
import { OutcomesSection } from './outcomes-section';
import { ReviewsSection } from './reviews-section';
import { Section } from './section';

/**
 * The team's shared work on its page: the vision, the outcomes with the aspirations members
 * chose to align (only those the viewer may read), and the after-action reviews. Team content is
 * for the team's members: for anyone else the vision answers 404 and nothing is shown at all.
 */
export function TeamSections({ teamId }: { teamId: string }) {
  // Only the team's members ask for its content, so an admin outside the team causes no 404.
  const team = useTeam(teamId);
  const isMember = team.data?.myRole != null;
  const vision = useTeamVision(teamId, isMember);
  if (!isMember) return null;
  if (vision.error instanceof ApiError && vision.error.status === 404) return null;
  if (vision.isError) {
    return <LoadError error={vision.error} onRetry={() => void vision.refetch()} />;
  }
  if (!vision.data) return null;
  return (
    <>
      <VisionSection vision={vision.data} />
      <OutcomesSection vision={vision.data} />
      <ReviewsSection teamId={teamId} />
    </>
  );
}

function VisionSection({ vision }: { vision: TeamVision }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const write = useWriteVision(vision.teamId);
  const [draft, setDraft] = useState<string | null>(null);
  const editing = draft !== null;
  const bodyRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Opening the editor moves focus into it; closing it, back to Edit (or the heading).
  useEffect(() => {
    if (editing === wasEditing.current) return;
    wasEditing.current = editing;
    const section = bodyRef.current?.closest('section');
    const target = editing
      ? section?.querySelector<HTMLElement>('textarea')
      : (editRef.current ?? section?.querySelector<HTMLElement>('h2'));
    target?.focus();
  }, [editing]);

  const save = () => {
    if (draft === null || write.isPending) return;
    write.mutate(draft, {
      onSuccess: () => {
        setDraft(null);
        toast(t('teamLearning.vision.saved'));
      },
    });
  };

  return (
    <Section
      title={t('teamLearning.vision.title')}
      lead={t('teamLearning.vision.lead')}
      actions={
        vision.canEdit && !editing && vision.vision ? (
          <Button
            ref={editRef}
            size="sm"
            icon={<PenLine aria-hidden className="size-4" />}
            onClick={() => setDraft(vision.vision)}
          >
            {t('teamLearning.vision.edit')}
          </Button>
        ) : null
      }
    >
      <div ref={bodyRef} className="flex flex-col gap-5">
        {editing ? (
          <div className="flex flex-col gap-4">
            {write.isError ? <FormAlert>{describeError(write.error, t)}</FormAlert> : null}
            <MarkdownField
              label={t('teamLearning.vision.field')}
              name="vision"
              value={draft}
              onChange={setDraft}
              hint={t('teamLearning.markdown.hint')}
              words={{
                view: t('teamLearning.markdown.view', { field: t('teamLearning.vision.field') }),
                write: t('teamLearning.markdown.write'),
                preview: t('teamLearning.markdown.preview'),
                nothing: t('teamLearning.markdown.nothing'),
                previewRegion: t('teamLearning.markdown.previewOf', {
                  field: t('teamLearning.vision.field'),
                }),
              }}
              previewClassName="min-h-32 bg-paper"
              hintBelow
              maxLength={MAX_TEAM_VISION}
              rows={8}
            />
            <div className="flex flex-wrap gap-2">
              <Button variant="primary" loading={write.isPending} onClick={save}>
                {t('teamLearning.vision.save')}
              </Button>
              <Button
                onClick={() => {
                  setDraft(null);
                  write.reset();
                }}
              >
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        ) : vision.vision ? (
          <div className="flex flex-col gap-3">
            <MarkdownText source={vision.vision} />
            {vision.visionUpdatedAt ? (
              <p className="text-sm text-ink-muted">
                {vision.visionUpdatedBy
                  ? t('teamLearning.vision.updatedBy', {
                      name: vision.visionUpdatedBy.name,
                      date: formatDate(vision.visionUpdatedAt, navigator.language, me?.timeZone),
                    })
                  : t('teamLearning.vision.updated', {
                      date: formatDate(vision.visionUpdatedAt, navigator.language, me?.timeZone),
                    })}
              </p>
            ) : null}
          </div>
        ) : (
          <div className="flex flex-col items-start gap-3">
            <p className="max-w-prose text-[0.9375rem] text-ink-muted">
              {vision.canEdit
                ? t('teamLearning.vision.emptyCanEdit')
                : t('teamLearning.vision.emptyReadOnly')}
            </p>
            {vision.canEdit ? (
              <Button
                variant="primary"
                icon={<PenLine aria-hidden className="size-4" />}
                onClick={() => setDraft('')}
              >
                {t('teamLearning.vision.write')}
              </Button>
            ) : null}
          </div>
        )}
        <MembersMayEdit vision={vision} />
      </div>
    </Section>
  );
}

/**
 * Whether members, not only leaders, write the vision and outcomes: a setting of the team that
 * its leaders and the organization's admins change; everyone else reads who may write.
 */
function MembersMayEdit({ vision }: { vision: TeamVision }) {
  const { t } = useTranslation();
  const toast = useToast();
  const team = useTeam(vision.teamId);
  const org = useOrg(team.data?.orgId ?? null);
  const set = useSetMembersMayEdit(vision.teamId);
  const hintId = useId();
  // The box follows a press at once; the vision follows when the server has saved it.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const manager = canManageTeam(org.data?.role ?? null, vision.myRole);

  if (!manager) {
    return (
      <p className="text-sm text-ink-muted">
        {vision.membersMayEditVision
          ? t('teamLearning.vision.whoWritesAll')
          : t('teamLearning.vision.whoWritesLeaders')}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2 border-t border-line pt-4">
      {set.isError ? <FormAlert>{describeError(set.error, t)}</FormAlert> : null}
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          checked={wanted ?? vision.membersMayEditVision}
          aria-describedby={hintId}
          onChange={(event) => {
            if (set.isPending) return;
            const allowed = event.target.checked;
            setWanted(allowed);
            set.mutate(allowed, {
              onSettled: () => setWanted(null),
              onSuccess: () =>
                toast(
                  allowed
                    ? t('teamLearning.vision.membersMayEditOn')
                    : t('teamLearning.vision.membersMayEditOff'),
                ),
            });
          }}
          className="mt-0.5 size-4 shrink-0 cursor-pointer accent-accent"
        />
        <span className="flex flex-col gap-0.5">
          <span className="text-[0.9375rem] font-medium text-ink">
            {t('teamLearning.vision.membersMayEdit')}
          </span>
          <span id={hintId} className="text-sm text-ink-muted">
            {t('teamLearning.vision.membersMayEditHint')}
          </span>
        </span>
      </label>
    </div>
  );
}
