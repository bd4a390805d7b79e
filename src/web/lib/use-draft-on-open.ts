import { useState } from 'react';

/**
 * A dialog form's draft that starts again from `initial()` each time the dialog opens, so an
 * edit abandoned with Cancel is not there next time (state adjusted during render, as React's
 * "You Might Not Need an Effect" shows, not in an effect).
 *
 * @example const [draft, setDraft] = useDraftOnOpen(open, () => ({ title: topic.title }));
 */
export function useDraftOnOpen<T>(open: boolean, initial: () => T) {
  const [draft, setDraft] = useState(initial);
  const [shownFor, setShownFor] = useState(open);
  if (shownFor !== open) {
    setShownFor(open);
    if (open) setDraft(initial());
  }
  return [draft, setDraft] as const;
}
