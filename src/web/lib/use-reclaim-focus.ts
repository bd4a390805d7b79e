import { useEffect, type RefObject } from 'react';

/**
 * Moves focus to `ref` (a heading with tabIndex -1) when it first appears, if focus was lost to
 * the page body: e.g. a page that was still loading when the route changed, or a link that
 * disappeared when it was followed. Focus a person placed elsewhere is left alone.
 */
export function useReclaimFocus(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) ref.current?.focus({ preventScroll: true });
  }, [ref]);
}
