import { clsx } from 'clsx';
import { BookOpen, Mountain, Repeat, Sun, UserRound, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Brand } from '../components/ui/brand';
import { useCurrentUser } from '../lib/session';
import { UserMenu } from './user-menu';

interface NavItem {
  to: string;
  label: string;
  icon: LucideIcon;
}

/**
 * The frame around every signed-in page: brand, navigation and the person's menu in a left
 * column on desktop; on phones a top bar and a bottom navigation bar.
 */
export function AppShell() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const { pathname } = useLocation();
  // The belief register belongs to the Journal, where it is reached from.
  // The weekly review is reached from Today and the Journal, and belongs with them.
  const alsoActive = (to: string) =>
    to === '/journal' && (pathname.startsWith('/beliefs') || pathname.startsWith('/review'));
  // Five fit the phone bar at 360 px (a sixth would not); Beliefs and the weekly review are
  // reached from the Journal (and the review from Today too).
  const items: NavItem[] = [
    { to: '/today', label: t('nav.today'), icon: Sun },
    { to: '/journal', label: t('nav.journal'), icon: BookOpen },
    { to: '/vision', label: t('nav.vision'), icon: Mountain },
    { to: '/practices', label: t('nav.practices'), icon: Repeat },
    { to: '/account', label: t('nav.account'), icon: UserRound },
  ];

  return (
    <div className="min-h-dvh md:pl-64">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-[70] focus:rounded-lg focus:bg-surface focus:px-4 focus:py-2.5 focus:font-medium focus:text-ink focus:shadow-float"
      >
        {t('nav.skip')}
      </a>
      <header
        className={clsx(
          'sticky top-0 z-30 flex h-14 items-center justify-between gap-4 border-b border-line bg-paper px-4',
          'md:fixed md:inset-y-0 md:left-0 md:h-auto md:w-64 md:flex-col md:items-stretch md:justify-start md:gap-8',
          'md:border-r md:border-b-0 md:px-4 md:py-6',
        )}
      >
        <Link to="/" className="self-center rounded-lg p-1 md:self-start md:px-2">
          <Brand />
        </Link>
        <nav
          aria-label={t('nav.label')}
          className={clsx(
            'fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)]',
            'md:static md:border-t-0 md:bg-transparent md:pb-0',
          )}
        >
          <ul className="flex justify-center gap-1 px-1 md:flex-col md:gap-1 md:px-0">
            {items.map(({ to, label, icon: Icon }) => (
              <li key={to} className="md:w-full">
                <NavLink
                  to={to}
                  className={({ isActive: exact }) => {
                    const isActive = exact || alsoActive(to);
                    return clsx(
                      'flex min-w-16 flex-col items-center gap-1 rounded-lg px-1.5 py-2 text-xs font-medium transition-colors duration-150',
                      'md:w-full md:flex-row md:gap-3 md:py-2 md:text-[0.9375rem]',
                      isActive
                        ? 'text-accent-ink md:bg-accent-soft'
                        : 'text-ink-muted hover:bg-sunken hover:text-ink',
                    );
                  }}
                >
                  <Icon aria-hidden className="size-5" />
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {user ? (
          <div className="md:mt-auto">
            <UserMenu user={user} />
          </div>
        ) : null}
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-3xl px-4 pt-8 pb-32 sm:px-6 md:px-10 md:pt-14 md:pb-20"
      >
        <Outlet />
      </main>
    </div>
  );
}
