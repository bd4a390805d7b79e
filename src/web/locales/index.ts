import base from './en.json';
import delegation from './en/delegation.json';
import oneOnOnes from './en/oneOnOnes.json';

/**
 * The English text of the app: the shared words in `en.json` and, beside it, one file per
 * feature area under `en/`, so that features grow their words without touching one big file.
 */
export const en = {
  ...base,
  delegation,
  oneOnOnes,
};
