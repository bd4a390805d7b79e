import { clsx } from 'clsx';
import { ArrowDown, ArrowUp, PenLine, Trash2 } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateTopicBody,
  type OneOnOne,
  type Topic,
  UpdateTopicBody,
} from '../../../../contracts/one-on-ones';
import { EditTextDialog } from '../../../components/patterns/edit-text-dialog';
import { EditTextFields } from '../../../components/patterns/edit-text-fields';
import { useReorder, type Reorder } from '../../../components/patterns/use-reorder';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useDraftOnOpen } from '../../../lib/use-draft-on-open';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddTopic, useDeleteTopic, useReorderTopics, useUpdateTopic } from '../api';
import { MarkdownText } from './markdown-text';
import { SpaceSection } from './space-section';

const FIELDS = ['title', 'notes'] as const;
const iconButton =
  'inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-ink-muted hover:bg-sunken hover:text-ink disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent';

/**
 * The agenda: topics in order, each ticked when discussed, moved up or down, edited or removed
 * by either person; a form to add one at the end.
 */
export function TopicsSection({ space }: { space: OneOnOne }) {
  const { t } = useTranslation();
  const add = useAddTopic();
  const titleRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState({ title: '', notes: '' });
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);
  const toast = useToast();
  const saveOrder = useReorderTopics();
  const reorder = useReorder({
    items: space.topics,
    idOf: (topic) => topic.id,
    onReorder: (topicIds) =>
      saveOrder.mutate(
        { id: space.id, topicIds },
        { onError: (error) => toast({ title: describeError(error, t), tone: 'info' }) },
      ),
    announce: (topic, place, total) =>
      t('oneOnOnes.topics.moved', { title: topic.title, place, total }),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    if (!validate(CreateTopicBody, draft, { title: t('oneOnOnes.topics.titleRequired') })) return;
    add.mutate(
      { id: space.id, ...draft },
      {
        onSuccess: () => {
          setDraft({ title: '', notes: '' });
          show({});
          titleRef.current?.focus();
        },
        onError: showApiError,
      },
    );
  };

  return (
    <SpaceSection
      title={t('oneOnOnes.topics.title')}
      explain={t('oneOnOnes.topics.explain')}
      none={t('oneOnOnes.topics.none')}
      list={
        space.topics.length === 0 ? null : (
          <>
            <ol className="flex flex-col divide-y divide-line">
              {space.topics.map((topic, index) => (
                <TopicRow
                  key={topic.id}
                  space={space}
                  topic={topic}
                  index={index}
                  reorder={reorder}
                  reordering={saveOrder.isPending}
                />
              ))}
            </ol>
            <p role="status" className="sr-only">
              {reorder.announcement}
            </p>
          </>
        )
      }
      canAdd={space.canWrite}
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
    >
      <EditTextFields
        labels={{ title: t('oneOnOnes.topics.titleField'), body: t('oneOnOnes.topics.notes') }}
        bodyName="notes"
        draft={draft}
        onChange={setDraft}
        errors={fieldErrors}
        rows={2}
        titleRef={titleRef}
        autoComplete="off"
        add={{ label: t('oneOnOnes.topics.submit'), pending: add.isPending }}
      />
    </SpaceSection>
  );
}

function TopicRow({
  space,
  topic,
  index,
  reorder,
  reordering,
}: {
  space: OneOnOne;
  topic: Topic;
  index: number;
  reorder: Reorder<Topic>;
  reordering: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateTopic();
  const remove = useDeleteTopic();
  const [editing, setEditing] = useState(false);
  // What the person just ticked, shown until the server has answered.
  const [choice, setChoice] = useState<boolean | null>(null);
  const discussed = choice ?? topic.discussed;
  const checkboxId = `topic-${topic.id}`;
  const onError = (error: unknown) => toast({ title: describeError(error, t), tone: 'info' });

  return (
    // Checkbox and title side by side; the tools go right of them on wider screens and under
    // the title on phones, so the title keeps its width.
    <li className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2 py-3 sm:grid-cols-[auto_minmax(0,1fr)_auto]">
      <input
        id={checkboxId}
        type="checkbox"
        checked={discussed}
        disabled={!space.canWrite}
        onChange={(event) => {
          const next = event.target.checked;
          setChoice(next);
          update.mutate(
            { id: space.id, topicId: topic.id, discussed: next },
            { onError, onSettled: () => setChoice(null) },
          );
        }}
        className="mt-1 size-5 shrink-0 cursor-pointer rounded accent-accent disabled:cursor-default"
      />
      <div className="flex min-w-0 flex-col gap-0.5">
        <label
          htmlFor={checkboxId}
          className={clsx(
            'cursor-pointer font-medium break-words',
            discussed ? 'text-ink-muted line-through decoration-line-strong' : 'text-ink',
          )}
        >
          <span className="sr-only">{t('oneOnOnes.topics.discussed')}: </span>
          {topic.title}
        </label>
        {topic.author ? (
          <span className="text-sm text-ink-muted">
            {t('oneOnOnes.topics.addedBy', { name: topic.author.name })}
          </span>
        ) : null}
      </div>
      {space.canWrite ? (
        <div className="col-start-2 -my-1 -ml-2 flex items-center sm:col-start-3 sm:row-start-1 sm:ml-0">
          <button
            type="button"
            className={iconButton}
            id={reorder.buttonId(topic, 'up')}
            disabled={index === 0 || reordering}
            aria-label={t('oneOnOnes.topics.up', { title: topic.title })}
            onClick={() => reorder.move(topic, 'up')}
          >
            <ArrowUp aria-hidden className="size-4" />
          </button>
          <button
            type="button"
            className={iconButton}
            id={reorder.buttonId(topic, 'down')}
            disabled={index === space.topics.length - 1 || reordering}
            aria-label={t('oneOnOnes.topics.down', { title: topic.title })}
            onClick={() => reorder.move(topic, 'down')}
          >
            <ArrowDown aria-hidden className="size-4" />
          </button>
          <button
            type="button"
            className={iconButton}
            aria-label={`${t('oneOnOnes.topics.edit')}: ${topic.title}`}
            onClick={() => setEditing(true)}
          >
            <PenLine aria-hidden className="size-4" />
          </button>
          <button
            type="button"
            className={iconButton}
            aria-label={t('oneOnOnes.topics.removeLabel', { title: topic.title })}
            onClick={() =>
              remove.mutate(
                { id: space.id, topicId: topic.id },
                { onSuccess: () => toast(t('oneOnOnes.topics.removed')), onError },
              )
            }
          >
            <Trash2 aria-hidden className="size-4" />
          </button>
        </div>
      ) : null}
      {topic.notes ? (
        <MarkdownText source={topic.notes} className="col-start-2 text-[0.9375rem] sm:col-span-2" />
      ) : null}
      <EditTopicDialog space={space} topic={topic} open={editing} onOpenChange={setEditing} />
    </li>
  );
}

function EditTopicDialog({
  space,
  topic,
  open,
  onOpenChange,
}: {
  space: OneOnOne;
  topic: Topic;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useDraftOnOpen(open, () => ({
    title: topic.title,
    notes: topic.notes,
  }));

  return (
    <EditTextDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('oneOnOnes.topics.editTitle')}
      className="sm:max-w-xl"
      returnFocus={() => document.getElementById('main')}
      submitLabel={t('oneOnOnes.topics.save')}
      saved={t('oneOnOnes.topics.saved')}
      fields={FIELDS}
      mutation={useUpdateTopic()}
      prepare={(validate) =>
        validate(UpdateTopicBody, draft, { title: t('oneOnOnes.topics.titleRequired') })
          ? { id: space.id, topicId: topic.id, ...draft }
          : null
      }
    >
      {(fieldErrors) => (
        <EditTextFields
          labels={{ title: t('oneOnOnes.topics.titleField'), body: t('oneOnOnes.topics.notes') }}
          bodyName="notes"
          draft={draft}
          onChange={setDraft}
          errors={fieldErrors}
          rows={5}
        />
      )}
    </EditTextDialog>
  );
}
