/**
 * The organization's minimum group size k: no figure about people is shown for fewer than k
 * contributing people (docs/decisions/0017-anonymous-aggregates.md).
 */

/** k of a new organization. */
export const DEFAULT_MIN_GROUP_SIZE = 5;
/** Below three, a figure and what its reader knows about themselves would single out the rest. */
export const LOWEST_MIN_GROUP_SIZE = 3;
/**
 * An admin may raise k up to here. Beyond fifty, most teams would show nothing at all; an
 * organization that wants less detail can hide the dashboard instead.
 */
export const HIGHEST_MIN_GROUP_SIZE = 50;

/** True for a whole number from LOWEST_MIN_GROUP_SIZE to HIGHEST_MIN_GROUP_SIZE. */
export function isMinGroupSize(k: unknown): k is number {
  return (
    Number.isInteger(k) &&
    (k as number) >= LOWEST_MIN_GROUP_SIZE &&
    (k as number) <= HIGHEST_MIN_GROUP_SIZE
  );
}
