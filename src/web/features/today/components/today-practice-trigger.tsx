import { Ellipsis } from 'lucide-react';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from '../../../lib/use-translation';

/**
 * The "More for <practice>" button of a practice on Today: the menu's trigger, and drawn alone
 * the same way while the menu itself loads (./today-practice-menu.tsx).
 */
export function MenuTrigger({
  name,
  ...props
}: { name: string } & ComponentPropsWithRef<'button'>) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      aria-label={t('today.practices.menu', { name })}
      className="-mr-2 inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-ink-muted hover:bg-sunken hover:text-ink"
      {...props}
    >
      <Ellipsis aria-hidden className="size-4" />
    </button>
  );
}
