import { z } from 'zod';
import {
  DEFAULT_MIN_GROUP_SIZE,
  HIGHEST_MIN_GROUP_SIZE,
  LOWEST_MIN_GROUP_SIZE,
} from '../core/anonymity/min-group-size';

/** k, the organization's minimum group size: 3 to 50, 5 unless an admin raised it. */
export const MinGroupSize = z
  .number()
  .int()
  .min(LOWEST_MIN_GROUP_SIZE)
  .max(HIGHEST_MIN_GROUP_SIZE)
  .default(DEFAULT_MIN_GROUP_SIZE)
  .describe('k: no figure about people is shown for fewer than k contributing people');
export type MinGroupSize = z.infer<typeof MinGroupSize>;

/** A figure about people: a number, or null and suppressed — never a zero in its place. */
export const AnonymousFigure = z
  .discriminatedUnion('suppressed', [
    z.object({ value: z.number(), suppressed: z.literal(false) }),
    z.object({ value: z.null(), suppressed: z.literal(true) }),
  ])
  .meta({ id: 'AnonymousFigure' });
export type AnonymousFigure = z.infer<typeof AnonymousFigure>;
