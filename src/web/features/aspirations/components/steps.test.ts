import { describe, expect, it } from 'vitest';
import { firstOpenStep } from './steps';

describe('the welcome guide re-opened', () => {
  it('starts at the first step not done', () => {
    expect(firstOpenStep({ purpose: false, values: true, aspiration: true })).toBe('purpose');
    expect(firstOpenStep({ purpose: true, values: false, aspiration: false })).toBe('values');
    expect(firstOpenStep({ purpose: true, values: true, aspiration: false })).toBe('aspiration');
    expect(firstOpenStep({ purpose: true, values: true, aspiration: true })).toBe('reality');
  });
});
