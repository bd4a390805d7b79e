import { textFieldsOf } from '../../../components/patterns/text-fields-of';

/** The fields of a decision area, its title and note: added on the page, changed in a dialog. */
export const AreaFields = textFieldsOf('note', (t) => ({
  title: t('delegation.area.addTitle'),
  body: t('delegation.area.addNote'),
  submit: t('delegation.area.addSubmit'),
}));
