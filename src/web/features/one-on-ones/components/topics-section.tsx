import { useTranslation } from '../../../lib/use-translation';
import { CreateTopicBody, type OneOnOne } from '../../../../contracts/one-on-ones';
import { useAddForm } from '../../../components/patterns/use-add-form';
import { useReorder } from '../../../components/patterns/use-reorder';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useAddTopic, useReorderTopics } from '../api';
import { SpaceSection } from './space-section';
import { TopicFields } from './topic-fields';
import { TopicRow } from './topic-row';

/**
 * The agenda: topics in order, each ticked when discussed, moved up or down, edited or removed
 * by either person; a form to add one at the end.
 */
export function TopicsSection({ space }: { space: OneOnOne }) {
  const { t } = useTranslation();
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

  const form = useAddForm({
    empty: { title: '', notes: '' },
    mutation: useAddTopic(),
    prepare: (draft, validate) =>
      validate(CreateTopicBody, draft, { title: t('oneOnOnes.topics.titleRequired') })
        ? { id: space.id, ...draft }
        : null,
    refocus: true,
  });

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
      formRef={form.formRef}
      onSubmit={form.onSubmit}
      general={form.general}
    >
      <TopicFields {...form.fieldProps} rows={2} adding={form.pending} />
    </SpaceSection>
  );
}
