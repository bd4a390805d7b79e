import { ChevronsUpDown, LogOut } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useTranslation } from '../lib/use-translation';
import type { User } from '../../contracts/accounts';
import { useToast } from '../components/ui/toast';
import { describeError } from '../lib/form-errors';
import { useSignOut } from '../lib/session';

function initials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => [...word][0] ?? '');
  return letters.join('').toUpperCase() || '·';
}

/** Who is signed in, with a menu to sign out: an avatar on phones, name and email on desktop. */
export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const toast = useToast();
  const signOut = useSignOut();
  return (
    // Not modal: a modal menu locks scrolling with an injected <style>, which the CSP blocks.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="flex w-full min-w-0 items-center gap-3 rounded-lg p-1 text-left hover:bg-sunken md:p-2">
        <span
          aria-hidden
          className="flex size-9 shrink-0 items-center justify-center rounded-full bg-accent-soft text-sm font-semibold text-accent-ink"
        >
          {initials(user.name)}
        </span>
        <span className="sr-only min-w-0 flex-1 md:not-sr-only">
          <span className="block truncate text-sm font-medium text-ink">{user.name}</span>
          <span className="block truncate text-xs text-ink-muted">{user.email}</span>
        </span>
        <ChevronsUpDown aria-hidden className="hidden size-4 shrink-0 text-ink-muted md:block" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={8}
          collisionPadding={12}
          className="z-50 min-w-56 rounded-xl border border-line bg-surface p-1.5 shadow-float data-[state=open]:animate-fade-in"
        >
          <DropdownMenu.Label className="max-w-72 px-3 pt-2 pb-2.5 text-sm">
            <span className="block text-ink-muted">{t('nav.signedInAs')}</span>
            <span className="block truncate font-medium text-ink">{user.name}</span>
            <span className="block truncate text-ink-muted">{user.email}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="mx-1 my-1 h-px bg-line" />
          <DropdownMenu.Item
            onSelect={() =>
              signOut.mutate(undefined, {
                onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
              })
            }
            className="flex cursor-pointer items-center gap-2.5 rounded-lg px-3 py-2 text-[0.9375rem] text-ink outline-none data-highlighted:bg-sunken"
          >
            <LogOut aria-hidden className="size-4 text-ink-muted" />
            {t('nav.signOut')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
