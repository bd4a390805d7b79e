import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { PHONE } from './browser';
import type { useE2e } from './fixtures';
import { checkLook, dialogOnPhone, OTHER_LOOKS, type PagesToCheck } from './flows';

type E2e = ReturnType<typeof useE2e>;

/**
 * Declares a test per other look (OTHER_LOOKS), named `fits <what>, <look>`: each signs in
 * afresh, lets `pagesOf` set up what the pages show (through the API) and name them, and checks
 * them in that look with `checkLook`.
 *
 * @example
 * itFitsOtherLooks(e2e, 'the log and a reaction', async (page) => {
 *   const id = await addTwoReactions(page);
 *   return [['/reactions', 'reactions', () => triggers(page).first().isVisible()], …];
 * });
 */
export function itFitsOtherLooks(
  e2e: E2e,
  what: string,
  pagesOf: (page: Page) => Promise<PagesToCheck>,
) {
  for (const look of OTHER_LOOKS) {
    it(`fits ${what}, ${look[2]}`, async () => {
      const { page } = await e2e.signedIn();
      await checkLook(page, look, await pagesOf(page));
    });
  }
}

/**
 * Declares the test `fits the <what> dialog on a phone`: signed in on a phone, `dialogOnPhone`
 * opens the dialog named `dialog` on `url` and takes its screenshot `name`.
 *
 * @example itFitsDialogOnPhone(e2e, 'log', '/reactions', 'Log a reaction', 'reactions-dialog-phone-light');
 */
export function itFitsDialogOnPhone(
  e2e: E2e,
  what: string,
  url: string,
  dialog: string,
  name: string,
) {
  it(`fits the ${what} dialog on a phone`, async () => {
    const { page } = await e2e.signedIn({ viewport: PHONE });
    await dialogOnPhone(page, url, dialog, name);
  });
}
