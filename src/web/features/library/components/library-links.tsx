import { useTranslation } from '../../../lib/use-translation';
import { hasWord, type TFunction } from '../../../lib/words';
import type { LibraryEntry } from '../../../../contracts/library';

/** The library's address in an organization, and an entry's. */
export const libraryPath = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/library`;
export const entryPagePath = (orgId: string, entryId: string) =>
  `${libraryPath(orgId)}/${encodeURIComponent(entryId)}`;

/** Kind, where it comes from, and its theme, as small quiet labels. */
export function EntryLabels({
  entry,
  retired = false,
}: {
  entry: Pick<LibraryEntry, 'kind' | 'source' | 'theme'>;
  retired?: boolean;
}) {
  const { t } = useTranslation();
  const label = 'rounded-full border border-line px-2 py-0.5 text-xs text-ink-muted';
  return (
    <span className="flex flex-wrap gap-1.5">
      <span className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-accent-ink">
        {t(`library.kinds.${entry.kind}`)}
      </span>
      <span className={label}>{t(`library.source.${entry.source}`)}</span>
      {entry.theme ? <span className={label}>{themeWords(entry.theme, t)}</span> : null}
      {retired ? <span className={label}>{t('library.retiredBadge')}</span> : null}
    </span>
  );
}

/** A theme of the library in words, or as it was typed when the library has no words for it. */
function themeWords(theme: string, t: TFunction): string {
  const key = `library.themes.${theme}`;
  return hasWord(key) ? t(key) : theme;
}
