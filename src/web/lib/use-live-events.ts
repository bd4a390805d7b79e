import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { LiveEventMessage } from '../../contracts/inbox';
import { INBOX_KEY } from './inbox-count';

/**
 * The query roots each kind of live event makes stale: the inbox; both pair spaces (delegation
 * agreements and 1:1 spaces); a team's page (the team, its vision and outcomes, its reviews).
 */
const STALE_BY_TYPE: Record<LiveEventMessage['type'], readonly (readonly string[])[]> = {
  inbox: [INBOX_KEY],
  'pair-space': [['delegation'], ['one-on-ones']],
  team: [['teams'], ['team-vision'], ['aars']],
};

/**
 * Reads the queries of these kinds again, from now. A read already under way may have started
 * before the change (or before the stream listened), and a query's first read is never cut
 * short by `invalidateQueries` — it would answer with what was true then. So reads under way
 * are cancelled first (back to what the query held), and then all are read afresh.
 */
function refresh(queryClient: QueryClient, types: readonly LiveEventMessage['type'][]) {
  for (const type of types) {
    for (const queryKey of STALE_BY_TYPE[type]) {
      void queryClient
        .cancelQueries({ queryKey })
        .then(() => queryClient.invalidateQueries({ queryKey }));
    }
  }
}

const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 60_000;

/**
 * The app's one live connection (`GET /api/events`, server-sent events) while someone is signed
 * in: each event makes the queries of its kind stale, so open pages read them again. The browser
 * reconnects by itself after a dropped connection; when the server refused it (signed out, not
 * available), this opens a new one after a growing pause. Whenever the stream opens — the first
 * time too — every kind is read again: what a page read before the server was listening may
 * already be out of date, and events may have been missed while the stream was down.
 */
export function useLiveEvents(enabled: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retryMs = FIRST_RETRY_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      source = new EventSource('/api/events');
      source.onopen = () => {
        retryMs = FIRST_RETRY_MS;
        refresh(queryClient, ['inbox', 'pair-space', 'team']);
      };
      source.onmessage = (message: MessageEvent<string>) => {
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          return;
        }
        // Only the kind matters here; anything else (an unknown kind) is left alone.
        const type = (data as { type?: unknown } | null)?.type;
        if (typeof type === 'string' && Object.hasOwn(STALE_BY_TYPE, type))
          refresh(queryClient, [type as LiveEventMessage['type']]);
      };
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        timer = setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
      };
    };
    connect();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [enabled, queryClient]);
}
