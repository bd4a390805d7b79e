import { PenLine } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { MAX_TEAM_VISION, type TeamVision } from '../../../../contracts/team-vision';
import { MarkdownField } from '../../../components/patterns/markdown-field';
import { MarkdownView } from '../../../components/patterns/markdown-view';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { formatDate } from '../../../lib/format';
import { describeError } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/session';
import { useWriteVision } from '../api';
import { MembersMayEdit } from './members-may-edit';

/** The team's vision: read, written in place by those who may, and who may write it. */
export function VisionSection({ vision }: { vision: TeamVision }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const write = useWriteVision(vision.teamId);
  const [draft, setDraft] = useState<string | null>(null);
  const editing = draft !== null;
  const bodyRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const closed = useRef(false);
  // Opening the editor moves focus into it; closing it, back to Edit (or the heading). After a
  // first vision is saved, Edit appears only once the saved vision arrives, which may be drawn
  // after the editor has closed: focus waits for it.
  useEffect(() => {
    const section = bodyRef.current?.closest('section');
    if (editing !== wasEditing.current) {
      wasEditing.current = editing;
      closed.current = !editing;
      if (editing) section?.querySelector<HTMLElement>('textarea')?.focus();
    }
    if (editing || !closed.current) return;
    (editRef.current ?? section?.querySelector<HTMLElement>('h2'))?.focus();
    if (editRef.current) closed.current = false;
  }, [editing, vision.vision]);

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
    <Card
      title={t('teamLearning.vision.title')}
      description={t('teamLearning.vision.lead')}
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
            <MarkdownView source={vision.vision} />
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
    </Card>
  );
}
