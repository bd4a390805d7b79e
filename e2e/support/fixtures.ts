import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchBrowser, newContext } from './browser';
import { api, newPerson } from './flows';

type Look = { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' };

/** One browser profile of a test: its page, and the page and console errors it has logged. */
export type Visitor = {
  context: BrowserContext;
  page: Page;
  problems: string[];
  /** Errors the test provokes on purpose (e.g. a 409 for a used link), left out of the check. */
  expected: RegExp[];
};

/** A visitor signed in as a person of their own, created through the API. */
export type SignedIn = Visitor & { person: ReturnType<typeof newPerson>; id: string };

export type PersonOptions = Look & {
  /** The display name; `Ana Lima` by default. */
  name?: string;
  /** Leave the welcome guide to do (`pending`), as a new account has it; skipped by default. */
  onboarding?: 'pending' | 'skipped';
};

/**
 * Signs a new person up through the API in the visitor's own profile: the session cookie lands
 * in that browser context, and `api()` adds the CSRF token to each write. The time zone is the
 * machine's, as the browser's is. Unless told otherwise the welcome guide is skipped.
 */
export async function register(
  visitor: Visitor,
  tag: string,
  options: Omit<PersonOptions, keyof Look> = {},
): Promise<SignedIn> {
  const person = { ...newPerson(tag), ...(options.name ? { name: options.name } : {}) };
  const answer = await visitor.page.request.post('/api/auth/register', {
    data: { ...person, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
  });
  expect(answer.status(), `sign-up: ${await answer.text()}`).toBe(201);
  const { user } = (await answer.json()) as { user: { id: string } };
  if (options.onboarding !== 'pending') {
    await api(visitor.page, 'PATCH', '/api/me', { onboarding: 'skipped' });
  }
  return { ...visitor, person, id: user.id };
}

/**
 * The fixtures of one e2e file. Launches one browser for the file; `visitor()` opens a fresh
 * profile nobody is signed in on, `signedIn()` one with a new person (see `register`). After
 * each test every profile it opened is closed, and none may have logged an error it did not
 * expect, so each test stands alone and one failure does not spill into the next.
 *
 * @example
 * const e2e = useE2e('journal');
 * it('…', async () => {
 *   const { page } = await e2e.signedIn();
 * });
 */
export function useE2e(tag: string, options: { baseUrl?: () => string } = {}) {
  const sharedBaseUrl = inject('e2eBaseUrl');
  let browser: Browser | undefined;
  let opened: Visitor[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const these = opened;
    opened = [];
    await Promise.all(these.map((visitor) => visitor.context.close()));
    for (const { problems, expected } of these) {
      expect(problems.filter((problem) => !expected.some((known) => known.test(problem)))).toEqual(
        [],
      );
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function visitor(look: Look = {}): Promise<Visitor> {
    if (!browser) throw new Error('the browser is not launched yet');
    // A file may run a Praxis of its own (e.g. with mail on); it says where once started.
    const opening = await newContext(browser, options.baseUrl?.() ?? sharedBaseUrl, look);
    const visitor = { ...opening, expected: [] };
    opened.push(visitor);
    return visitor;
  }

  async function signedIn(options: PersonOptions = {}): Promise<SignedIn> {
    const { viewport, colorScheme, ...personOptions } = options;
    return register(await visitor({ viewport, colorScheme }), tag, personOptions);
  }

  return { visitor, signedIn };
}
