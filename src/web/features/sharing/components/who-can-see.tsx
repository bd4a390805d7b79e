import { Lock, UsersRound } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { ShareControlProps } from '../../../lib/share-control';
import { useMyShares } from '../api';
import { sharesOfItem } from '../sharing-view';
import { ShareDialog } from './share-dialog';

/** How many names the control spells out before "and N more". */
const NAMES_SHOWN = 2;

/**
 * "Who can see this" for one of my items: a small lock and "Only you", or the names it is shared
 * with. Pressing it opens the dialog where sharing is a deliberate act, and unsharing one click.
 */
export function WhoCanSee({ itemType, itemId, itemTitle }: ShareControlProps) {
  const { t } = useTranslation();
  const shares = useMyShares();
  const [open, setOpen] = useState(false);
  const mine = shares.data ? sharesOfItem(shares.data, itemType, itemId) : null;
  const names = (mine ?? []).map((share) => share.with.name);
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const text =
    mine === null
      ? null
      : names.length === 0
        ? t('sharing.control.onlyYou')
        : names.length <= NAMES_SHOWN
          ? t('sharing.control.sharedWith', { names: shown })
          : t('sharing.control.sharedWith', {
              names: t('sharing.control.andMore', {
                names: shown,
                count: names.length - NAMES_SHOWN,
              }),
            });
  const Icon = names.length > 0 ? UsersRound : Lock;

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="inline-flex h-8 max-w-full items-center gap-1.5 self-start rounded-full border border-line bg-surface px-3 text-sm text-ink-muted transition-colors duration-150 hover:border-line-strong hover:text-ink"
      >
        <Icon aria-hidden className="size-3.5 shrink-0" />
        {text === null ? (
          <span className="truncate">{t('sharing.control.label')}</span>
        ) : (
          <>
            <span className="sr-only">{t('sharing.control.label')}: </span>
            <span className="truncate">{text}</span>
          </>
        )}
      </button>
      <ShareDialog
        open={open}
        onOpenChange={setOpen}
        itemType={itemType}
        itemId={itemId}
        itemTitle={itemTitle}
        shares={mine}
      />
    </>
  );
}
