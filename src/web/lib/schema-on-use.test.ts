import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaOnUse } from './schema-on-use';

describe('schemaOnUse', () => {
  it('loads the schema once, however often it is asked for', async () => {
    let loads = 0;
    const Body = z.object({ text: z.string().min(1) });
    const body = schemaOnUse(async () => {
      loads += 1;
      return Body;
    });
    expect(loads).toBe(0);
    const [first, second] = await Promise.all([body(), body()]);
    expect(await body()).toBe(Body);
    expect(first).toBe(second);
    expect(loads).toBe(1);
  });

  it('tries again after a load that failed', async () => {
    let loads = 0;
    const Body = z.string();
    const body = schemaOnUse(async () => {
      loads += 1;
      if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return Body;
    });
    await expect(body()).rejects.toThrow('Failed to fetch');
    expect(await body()).toBe(Body);
    expect(loads).toBe(2);
  });
});
