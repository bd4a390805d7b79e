import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { LibraryEntry } from '../../../../contracts/library';
import { ShowMore } from '../../../components/patterns/show-more';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useDebounced } from '../../../lib/use-debounced';
import { useLibraryPicker } from '../api';

const KINDS = ['', 'prompt', 'practice'] as const;

/**
 * The organization's library to pick curriculum items from: its own accepted entries first, then
 * the built-in ones, searched as one types, one kind or both, a page at a time; each row says
 * where the entry comes from and how often it was chosen (a count only). `onPick` gets the entry;
 * `isPicked` marks the ones already taken.
 *
 * @example <LibraryPicker orgId={orgId} enabled={open} isPicked={(e) => e.id === picked} onPick={fill} />
 */
export function LibraryPicker({
  orgId,
  enabled,
  isPicked,
  onPick,
  full = false,
}: {
  orgId: string;
  enabled: boolean;
  isPicked: (entry: LibraryEntry) => boolean;
  onPick: (entry: LibraryEntry) => void;
  /** No room for another item: every "Add" is off. */
  full?: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('');
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 250);
  const library = useLibraryPicker(orgId, kind || undefined, q, enabled);
  const entries = library.data?.pages.flatMap((p) => p.items) ?? [];
  const labels = { '': 'everything', prompt: 'prompts', practice: 'practices' } as const;
  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-3 rounded-lg bg-sunken p-4">
      <div className="flex flex-col gap-1">
        <h3 id={titleId} className="font-semibold text-ink">
          {t('programs.curriculum.fromLibrary')}
        </h3>
        <p className="text-sm text-ink-muted">{t('programs.curriculum.fromLibraryLead')}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <TextField
          label={t('programs.curriculum.search')}
          type="search"
          value={search}
          autoComplete="off"
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          label={t('programs.curriculum.show')}
          value={kind}
          options={KINDS.map((value) => ({
            value,
            label: t(`programs.curriculum.${labels[value]}`),
          }))}
          onChange={(e) =>
            setKind(KINDS.find((k) => k === e.target.value) ?? ('' as (typeof KINDS)[number]))
          }
        />
      </div>
      {library.isError ? (
        <p className="text-ink-muted">{t('programs.curriculum.libraryFailed')}</p>
      ) : library.isSuccess && entries.length === 0 ? (
        <p className="text-ink-muted">{t('programs.curriculum.noEntries')}</p>
      ) : null}
      <ul className="flex flex-col divide-y divide-line">
        {entries.map((entry) => {
          const picked = isPicked(entry);
          return (
            <li key={entry.id} className="flex items-start justify-between gap-3 py-2.5">
              <div className="flex min-w-0 flex-col gap-1">
                <span className="break-words text-ink">{entry.title}</span>
                <span className="text-sm text-ink-muted">
                  {t(`programs.curriculum.${entry.kind}`)} · {t(`library.source.${entry.source}`)} ·{' '}
                  {t('library.chosen', { count: entry.chosenCount })}
                </span>
              </div>
              <Button
                size="sm"
                disabled={picked || full}
                aria-label={
                  picked ? undefined : t('programs.curriculum.addEntry', { title: entry.title })
                }
                onClick={() => onPick(entry)}
              >
                {picked ? t('programs.curriculum.picked') : t('programs.curriculum.pickThis')}
              </Button>
            </li>
          );
        })}
      </ul>
      <ShowMore list={library}>{t('programs.curriculum.moreEntries')}</ShowMore>
    </section>
  );
}
