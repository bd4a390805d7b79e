import { z } from 'zod';

/** Whether Praxis and its database answer: 200 with `ok`/`up`, 503 with `unavailable`/`down`. */
export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
});
export type Health = z.infer<typeof Health>;
