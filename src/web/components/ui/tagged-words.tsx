import type { WordKey } from '../../lib/words';
import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from '../../lib/use-translation';

const TAG = /<(\w+)>(.*?)<\/\1>/gs;
const VALUE = /\{\{(\w+)\}\}/g;

/**
 * Draws a sentence of the locale files whose parts are marked with tags, each tag drawn by the
 * element given for it: `"New to Praxis? <action>Create an account</action>"` with
 * `components={{ action: <Link to="/sign-up" /> }}`. `{{name}}` values are put in after the
 * tags are read, so a value (a title someone typed) is always text, never a tag. A tag without
 * an element is drawn as its text. (react-i18next's `Trans` and its HTML parser did this for
 * 4.5 KB gzip on the first page; issue 16, budget 5.)
 */
export function TaggedWords({
  i18nKey,
  values = {},
  components,
}: {
  i18nKey: WordKey;
  values?: Record<string, string | undefined>;
  components: Record<string, ReactElement>;
}) {
  const { t } = useTranslation();
  const template: string = t(i18nKey, { skipInterpolation: true });
  const fill = (text: string) => text.replace(VALUE, (_, name: string) => values[name] ?? '');
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of template.matchAll(TAG)) {
    const [whole, tag = '', inner = ''] = match;
    parts.push(fill(template.slice(from, match.index)));
    const element = components[tag];
    parts.push(element ? cloneElement(element, { key: match.index }, fill(inner)) : fill(inner));
    from = match.index + whole.length;
  }
  parts.push(fill(template.slice(from)));
  return <Fragment>{parts}</Fragment>;
}
