import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LibraryEntry } from '../../../../contracts/library';

/** The quiet link back at the top of a library page. */
export function BackTo({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {children}
    </Link>
  );
}

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
      {entry.theme ? (
        <span className={label}>{t(`library.themes.${entry.theme}`, entry.theme)}</span>
      ) : null}
      {retired ? <span className={label}>{t('library.retiredBadge')}</span> : null}
    </span>
  );
}
