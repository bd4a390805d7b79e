/**
 * The sign-in throttle (OWASP ASVS 2.2.1): how long a password check must wait, decided from the
 * failed checks of the last hour. Failures from one address against one account earn growing
 * delays; one address spraying many accounts is slowed the same way; an account takes at most
 * `accountCeiling` failures an hour from browsers it does not know. A remembered device — a
 * browser that signed in to the account before — is exempt from the address and account limits
 * and, after its own first few failures, never waits longer than `rememberedMaxDelayMs`, so an
 * attacker cannot lock the owner out;
 * it loses that trust after `deviceTrustFailures` failures of its own.
 */
export type ThrottlePolicy = {
  /** Failures are counted over this window. */
  windowMs: number;
  /** Failures of one address against one account after which delays start. */
  freeFailures: number;
  /** Failures from one address across all accounts after which delays start. */
  freeAddressFailures: number;
  /** The first delay; each further failure doubles it… */
  baseDelayMs: number;
  /** …up to this. */
  maxDelayMs: number;
  /** Failures per account per window from browsers that are not remembered devices. */
  accountCeiling: number;
  /** The longest a remembered device ever waits. */
  rememberedMaxDelayMs: number;
  /** Failures after which a remembered device is treated like any other browser. */
  deviceTrustFailures: number;
};

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  windowMs: 60 * 60 * 1000,
  freeFailures: 5,
  freeAddressFailures: 20,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60 * 1000,
  accountCeiling: 100,
  rememberedMaxDelayMs: 3000,
  deviceTrustFailures: 10,
};

/** Failures inside the window, as instants in ms, each list in any order. */
export type FailureFacts = {
  now: number;
  /** This account's failures from browsers that are not a trusted remembered device. */
  account: number[];
  /** This account's failures from this address. */
  pair: number[];
  /** Every failure from this address, any account. */
  address: number[];
  /** Failures from the remembered device the attempt carries; null when it carries none. */
  device: number[] | null;
};

/**
 * The delay owed after `failures` failures when the first `free` - 1 come without one: none,
 * then from the `free`-th failure on `baseDelayMs`, doubling with each further failure, never
 * more than `maxDelayMs`.
 */
export function delayAfter(failures: number, free: number, policy: ThrottlePolicy): number {
  if (failures <= 0 || failures < free) return 0;
  const over = failures - Math.max(free, 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(over, 40));
}

/** Whether a remembered device is still trusted, given its own recent failures. */
export function deviceTrusted(deviceFailures: number, policy: ThrottlePolicy): boolean {
  return deviceFailures < policy.deviceTrustFailures;
}

/**
 * How many ms a password check must wait before it may be tried (0: now). Failures older than
 * the window are ignored.
 */
export function signInWait(facts: FailureFacts, policy: ThrottlePolicy): number {
  const recent = (times: number[]) =>
    times.filter((t) => t <= facts.now && t > facts.now - policy.windowMs).sort((a, b) => a - b);
  const waitFor = (times: number[], free: number) => {
    const last = times.at(-1);
    if (last === undefined) return 0;
    return Math.max(0, last + delayAfter(times.length, free, policy) - facts.now);
  };

  const device = facts.device ? recent(facts.device) : null;
  if (device && deviceTrusted(device.length, policy)) {
    return Math.min(policy.rememberedMaxDelayMs, waitFor(device, policy.freeFailures));
  }

  const account = recent(facts.account);
  let ceilingWait = 0;
  if (account.length >= policy.accountCeiling) {
    // The oldest failure that must leave the window before one more is allowed.
    const leaving = account[account.length - policy.accountCeiling] ?? facts.now;
    ceilingWait = Math.max(0, leaving + policy.windowMs - facts.now);
  }
  return Math.max(
    ceilingWait,
    waitFor(recent(facts.pair), policy.freeFailures),
    waitFor(recent(facts.address), policy.freeAddressFailures),
  );
}
