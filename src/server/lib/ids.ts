import { monotonicFactory } from 'ulid';

const next = monotonicFactory();

/** A new ULID: 26 characters, sortable by creation time, unique even within one millisecond. */
export function newId(): string {
  return next();
}
