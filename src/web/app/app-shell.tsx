import { clsx } from 'clsx';
import { Menu } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../lib/use-translation';
import { Link, Outlet, useLocation } from 'react-router';
import { Brand } from '../components/ui/brand';
import { useCurrentUser } from '../lib/session';
import { useLiveEvents } from '../lib/use-live-events';
import { NavLabel } from './nav-label';
import { isCurrent, NAV_SECTIONS, type NavEntry, type NavSection } from './navigation';

// The menu and the "More" dialog come after the first screen: their libraries (Radix menus,
// floating-ui, the dialog) are not on the path of the first page (issue 16, budget 5).
const UserMenu = lazy(() => import('./user-menu').then((m) => ({ default: m.UserMenu })));
const Dialog = lazy(() => import('../components/ui/dialog').then((m) => ({ default: m.Dialog })));
import { KeyboardShortcuts } from './keyboard-shortcuts';

const entryClass = (current: boolean) =>
  clsx(
    'flex items-center gap-3 rounded-lg px-2 py-2 text-[0.9375rem] font-medium transition-colors duration-150',
    current ? 'bg-accent-soft text-accent-ink' : 'text-ink-muted hover:bg-sunken hover:text-ink',
  );

const barClass = (current: boolean) =>
  clsx(
    'flex w-full min-w-16 flex-col items-center gap-1 rounded-lg px-1.5 py-2 text-xs font-medium transition-colors duration-150',
    current ? 'text-accent-ink' : 'text-ink-muted hover:bg-sunken hover:text-ink',
  );

/** One section of entries as a labelled list (the label is omitted for the last, "you"). */
function SectionList({
  section,
  pathname,
  onFollow,
}: {
  section: NavSection;
  pathname: string;
  onFollow?: () => void;
}) {
  const { t } = useTranslation();
  const headingId = `nav-section-${section.label}`;
  const titled = section.label !== 'you';
  return (
    <div>
      {titled ? (
        <h2
          id={headingId}
          className="px-2 pb-1.5 text-xs font-semibold tracking-wide text-ink-muted uppercase"
        >
          {t(`nav.sections.${section.label}`)}
        </h2>
      ) : null}
      <ul aria-labelledby={titled ? headingId : undefined} className="flex flex-col gap-0.5">
        {section.entries.map((entry) => (
          <li key={entry.to}>
            <Link
              to={entry.to}
              onClick={onFollow}
              aria-current={isCurrent(entry, pathname) ? 'page' : undefined}
              className={entryClass(isCurrent(entry, pathname))}
            >
              <entry.icon aria-hidden className="size-5" />
              <NavLabel text={t(`nav.${entry.label}`)} unreadBadge={entry.unreadBadge ?? false} />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The phone's bottom bar: the few daily places, and "More" for the rest. */
function PhoneBar({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  const [moreOpen, setMoreOpen] = useState(false);
  // Mounted once first opened (and kept, so closing returns focus to "More").
  const [moreUsed, setMoreUsed] = useState(false);
  const onBar: NavEntry[] = NAV_SECTIONS.flatMap((s) => s.entries.filter((e) => e.onPhoneBar));
  const rest = NAV_SECTIONS.map((s) => ({
    ...s,
    entries: s.entries.filter((e) => !e.onPhoneBar),
  })).filter((s) => s.entries.length > 0);
  const moreIsCurrent = rest.some((s) => s.entries.some((e) => isCurrent(e, pathname)));
  const moreHasBadge = rest.some((s) => s.entries.some((e) => e.unreadBadge));
  return (
    <>
      <ul className="flex justify-center gap-1 px-1">
        {onBar.map((entry) => (
          <li key={entry.to} className="flex-1">
            <Link
              to={entry.to}
              aria-current={isCurrent(entry, pathname) ? 'page' : undefined}
              className={clsx(barClass(isCurrent(entry, pathname)), 'relative')}
            >
              <entry.icon aria-hidden className="size-5" />
              <NavLabel
                text={t(`nav.${entry.label}`)}
                unreadBadge={entry.unreadBadge ?? false}
                corner
              />
            </Link>
          </li>
        ))}
        <li className="flex-1">
          <button
            type="button"
            onClick={() => {
              setMoreUsed(true);
              setMoreOpen(true);
            }}
            aria-haspopup="dialog"
            className={clsx(barClass(moreIsCurrent), 'relative')}
          >
            <Menu aria-hidden className="size-5" />
            <NavLabel text={t('nav.more')} unreadBadge={moreHasBadge} corner />
          </button>
        </li>
      </ul>
      {moreUsed ? (
        <Suspense fallback={null}>
          <Dialog open={moreOpen} onOpenChange={setMoreOpen} title={t('nav.more')}>
            <nav aria-label={t('nav.moreLabel')} className="flex flex-col gap-5">
              {rest.map((section) => (
                <SectionList
                  key={section.label}
                  section={section}
                  pathname={pathname}
                  onFollow={() => setMoreOpen(false)}
                />
              ))}
            </nav>
          </Dialog>
        </Suspense>
      ) : null}
    </>
  );
}

/**
 * The frame around every signed-in page: brand, navigation in sections and the person's menu in
 * a left column on desktop; on phones a top bar and a bottom bar with "More" for the rest.
 */
export function AppShell() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const { pathname } = useLocation();
  useLiveEvents(user !== undefined);

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
          'md:overflow-y-auto md:border-r md:border-b-0 md:px-4 md:py-6',
        )}
      >
        <Link to="/" className="self-center rounded-lg p-1 md:self-start md:px-2">
          <Brand />
        </Link>
        <nav aria-label={t('nav.label')} className="hidden md:flex md:flex-col md:gap-6">
          {NAV_SECTIONS.map((section) => (
            <SectionList key={section.label} section={section} pathname={pathname} />
          ))}
        </nav>
        <nav
          aria-label={t('nav.label')}
          className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] md:hidden"
        >
          <PhoneBar pathname={pathname} />
        </nav>
        {user ? (
          <div className="md:mt-auto">
            <Suspense fallback={<div className="h-11 md:h-14" />}>
              <UserMenu user={user} />
            </Suspense>
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
      <KeyboardShortcuts />
    </div>
  );
}
