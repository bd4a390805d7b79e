import { useTranslation } from '../../../lib/use-translation';
import { type OneOnOne, type Topic, UpdateTopicBody } from '../../../../contracts/one-on-ones';
import { EditTextDialog } from '../../../components/patterns/edit-text-dialog';
import { useDraftOnOpen } from '../../../lib/use-draft-on-open';
import { useUpdateTopic } from '../api';
import { TopicFields } from './topic-fields';
import { TOPIC_FIELDS } from './topic-field-names';

/** Changes a topic's title and notes. */
export function EditTopicDialog({
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
      fields={TOPIC_FIELDS}
      mutation={useUpdateTopic()}
      prepare={(validate) =>
        validate(UpdateTopicBody, draft, { title: t('oneOnOnes.topics.titleRequired') })
          ? { id: space.id, topicId: topic.id, ...draft }
          : null
      }
    >
      {(fieldErrors) => (
        <TopicFields draft={draft} onChange={setDraft} errors={fieldErrors} rows={5} />
      )}
    </EditTextDialog>
  );
}
