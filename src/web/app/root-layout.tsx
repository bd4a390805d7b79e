import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';

/**
 * The root of every route. After an in-app navigation it moves focus to the new page's h1, so
 * screen readers announce the page and keyboard users start at its top.
 */
export function RootLayout() {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    window.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [pathname]);
  return <Outlet />;
}
