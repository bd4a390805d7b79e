import base from './en.json';
import feedback from './en/feedback.json';
import orgs from './en/orgs.json';
import sharing from './en/sharing.json';
import teamLearning from './en/teamLearning.json';

/**
 * The English text of the app: the shared words in `en.json` and, beside it, one file per
 * feature area under `en/`, so that features grow their words without touching one big file.
 */
export const en = {
  ...base,
  orgs,
  sharing,
  feedback,
  teamLearning,
};
