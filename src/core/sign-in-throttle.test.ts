import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THROTTLE_POLICY,
  delayAfter,
  type FailureFacts,
  signInWait,
  type ThrottlePolicy,
} from './sign-in-throttle';

const policy = DEFAULT_THROTTLE_POLICY;
const HOUR = 60 * 60 * 1000;
const NOW = Date.parse('2026-06-01T12:00:00Z');

const times = (maxLength = 150) =>
  fc.array(fc.integer({ min: NOW - 2 * HOUR, max: NOW }), { maxLength });

const facts = fc.record({
  now: fc.constant(NOW),
  account: times(),
  pair: times(),
  address: times(),
  device: fc.option(times(30), { nil: null }),
});

describe('sign-in throttle', () => {
  it('delays grow with failures and never exceed the cap', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 50 }), (failures, free) => {
        const delay = delayAfter(failures, free, policy);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(policy.maxDelayMs);
        expect(delayAfter(failures + 1, free, policy)).toBeGreaterThanOrEqual(delay);
        if (failures < free) expect(delay).toBe(0);
        else expect(delay).toBeGreaterThan(0);
      }),
    );
    expect(delayAfter(policy.freeFailures - 1, policy.freeFailures, policy)).toBe(0);
    expect(delayAfter(policy.freeFailures, policy.freeFailures, policy)).toBe(1000);
    expect(delayAfter(policy.freeFailures + 2, policy.freeFailures, policy)).toBe(4000);
  });

  it('one more failure from the same address never shortens the wait', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const more: FailureFacts = {
          ...f,
          pair: [...f.pair, NOW],
          address: [...f.address, NOW],
          account: [...f.account, NOW],
        };
        expect(signInWait({ ...more, device: null }, policy)).toBeGreaterThanOrEqual(
          signInWait({ ...f, device: null }, policy),
        );
      }),
    );
  });

  it('never makes anyone wait longer than the cap or the window', () => {
    fc.assert(
      fc.property(facts, (f) => {
        expect(signInWait(f, policy)).toBeLessThanOrEqual(Math.max(policy.maxDelayMs, HOUR));
      }),
    );
  });

  it('never delays a trusted remembered device more than a few seconds, whatever others did', () => {
    fc.assert(
      fc.property(facts, times(policy.deviceTrustFailures - 1), (f, device) => {
        expect(signInWait({ ...f, device }, policy)).toBeLessThanOrEqual(
          policy.rememberedMaxDelayMs,
        );
      }),
    );
    expect(policy.rememberedMaxDelayMs).toBeLessThanOrEqual(5000);
  });

  it('a remembered device that failed too often waits like any other browser', () => {
    const device = Array.from({ length: policy.deviceTrustFailures }, () => NOW);
    const account = Array.from({ length: policy.accountCeiling }, (_, i) => NOW - i);
    expect(
      signInWait({ now: NOW, account, pair: [], address: [], device }, policy),
    ).toBeGreaterThan(policy.rememberedMaxDelayMs);
  });

  it('lets at most the ceiling of failures into any hour, from however many addresses', () => {
    const small: ThrottlePolicy = { ...policy, accountCeiling: 7, windowMs: 1000 };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 200 }), (attempts) => {
        const failures: number[] = [];
        for (const at of [...attempts].sort((a, b) => a - b)) {
          // Each attempt from a new address: only the account's ceiling can stop it.
          const wait = signInWait(
            { now: at, account: failures, pair: [], address: [], device: null },
            small,
          );
          if (wait === 0) failures.push(at);
        }
        for (const start of failures) {
          const inWindow = failures.filter((t) => t >= start && t < start + small.windowMs);
          expect(inWindow.length).toBeLessThanOrEqual(small.accountCeiling);
        }
      }),
    );
  });

  it('forgets failures older than the window', () => {
    const old = Array.from({ length: 500 }, () => NOW - HOUR - 1);
    expect(
      signInWait({ now: NOW, account: old, pair: old, address: old, device: null }, policy),
    ).toBe(0);
  });
});
