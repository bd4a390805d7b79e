import { clsx } from 'clsx';
import { PenLine, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { OneOnOne, Topic } from '../../../../contracts/one-on-ones';
import { ReorderButtons } from '../../../components/patterns/reorder-buttons';
import type { Reorder } from '../../../components/patterns/use-reorder';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useDeleteTopic, useUpdateTopic } from '../api';
import { EditTopicDialog } from './edit-topic-dialog';
import { MarkdownText } from './markdown-text';

const iconButton =
  'inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-ink-muted hover:bg-sunken hover:text-ink disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent';

/**
 * One topic of the agenda: ticked when discussed (shown at once, until the server answers),
 * and — while the two may write — moved, edited or removed.
 */
export function TopicRow({
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
          <ReorderButtons
            reorder={reorder}
            item={topic}
            index={index}
            count={space.topics.length}
            busy={reordering}
            labels={{
              up: t('oneOnOnes.topics.up', { title: topic.title }),
              down: t('oneOnOnes.topics.down', { title: topic.title }),
            }}
            className={iconButton}
          />
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
