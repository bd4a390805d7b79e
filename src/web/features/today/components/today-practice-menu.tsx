import { DropdownMenu } from 'radix-ui';
import { useTranslation } from '../../../lib/use-translation';
import { MenuTrigger } from './today-practice-trigger';

const ITEM =
  'flex cursor-pointer items-center rounded-lg px-3 py-2 text-[0.9375rem] text-ink outline-none data-highlighted:bg-sunken';

/** The small menu of a practice on Today: excuse the day (or undo that), or open the practice. */
export function TodayPracticeMenu({
  name,
  defaultOpen,
  skipped,
  onSkip,
  onOpen,
}: {
  name: string;
  /** Open at once: its button was pressed while the menu was still loading. */
  defaultOpen: boolean;
  skipped: boolean;
  onSkip: () => void;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  return (
    // Not modal: a modal menu locks scrolling with an injected <style>, which the CSP blocks.
    <DropdownMenu.Root modal={false} defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger asChild>
        <MenuTrigger name={name} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          collisionPadding={12}
          className="z-50 min-w-52 rounded-xl border border-line bg-surface p-1.5 shadow-float data-[state=open]:animate-fade-in"
        >
          <DropdownMenu.Item onSelect={onSkip} className={ITEM}>
            {skipped ? t('today.practices.unskip') : t('today.practices.skip')}
          </DropdownMenu.Item>
          <DropdownMenu.Item onSelect={onOpen} className={ITEM}>
            {t('today.practices.open')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
