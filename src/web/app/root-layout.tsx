import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';

/**
 * The root of every route. After an in-app navigation it moves focus to the new page's h1, so
 * screen readers announce the page and keyboard users start at its top — unless the page put
 * focus where one writes (a new reflection starts in its text box).
 */
export function RootLayout() {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    window.scrollTo(0, 0);
    const active = document.activeElement;
    if (active && active !== document.body && document.querySelector('main')?.contains(active))
      return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [pathname]);
  return <Outlet />;
}
