import type { HttpClient } from './http-client';

export type StreamedEvent = { type: string; id: string; receivedAt: number };

/**
 * `GET /api/events` opened over real HTTP with a client's session cookie, read as it streams.
 * `next` waits for the first event (after those already taken) that matches; `close` aborts.
 */
export async function openEventStream(client: HttpClient) {
  const controller = new AbortController();
  const response = await fetch(`${client.baseUrl}/api/events`, {
    headers: { cookie: `praxis_session=${client.cookie('praxis_session') ?? ''}` },
    signal: controller.signal,
  });
  const events: StreamedEvent[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  const pump = async () => {
    const reader = response.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const line of block.split('\n')) {
            if (line.startsWith('data: ')) {
              events.push({ ...JSON.parse(line.slice(6)), receivedAt: performance.now() });
            } else if (line.startsWith(':')) comments.push(line.slice(1).trim());
          }
          for (const wake of waiters) wake();
        }
      }
    } catch {
      // Aborted by close().
    }
  };
  void pump();
  let taken = 0;
  return {
    status: response.status,
    headers: response.headers,
    events,
    comments,
    /** The next event matching `test`, or an error after `timeoutMs`. */
    next: (test: (event: StreamedEvent) => boolean = () => true, timeoutMs = 10_000) =>
      new Promise<StreamedEvent>((resolve, reject) => {
        const look = () => {
          const index = events.findIndex((e, i) => i >= taken && test(e));
          if (index < 0) return false;
          taken = index + 1;
          waiters.delete(look);
          clearTimeout(timer);
          resolve(events[index]!);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(look);
          reject(new Error(`No matching event within ${timeoutMs} ms: ${JSON.stringify(events)}`));
        }, timeoutMs);
        if (!look()) waiters.add(look);
      }),
    /** Resolves once the stream has said it is listening. */
    listening: () =>
      new Promise<void>((resolve) => {
        const look = () => {
          if (!comments.includes('listening')) return false;
          waiters.delete(look);
          resolve();
          return true;
        };
        if (!look()) waiters.add(look);
      }),
    close: () => controller.abort(),
  };
}
