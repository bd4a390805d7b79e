import { textFieldsOf } from '../../../components/patterns/text-fields-of';

/** The fields of a topic, its title and notes: added under the agenda, changed in a dialog. */
export const TopicFields = textFieldsOf('notes', (t) => ({
  title: t('oneOnOnes.topics.titleField'),
  body: t('oneOnOnes.topics.notes'),
  submit: t('oneOnOnes.topics.submit'),
}));
