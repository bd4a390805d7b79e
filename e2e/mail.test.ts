import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '../test-support/smtp';
import { DESKTOP, PHONE } from './support/browser';
import { useE2e } from './support/fixtures';
import { heading, look, newPerson, switchTheme } from './support/flows';
import { startMailPraxis, type MailPraxis } from './support/mail-server';

let praxis: MailPraxis;
const e2e = useE2e('mail', { baseUrl: () => praxis.baseUrl });

beforeAll(async () => {
  praxis = await startMailPraxis();
}, 60_000);
afterAll(() => praxis?.stop());

describe('mail in the browser', () => {
  it('resets a forgotten password from the link in the mail', async () => {
    // Made through the API: sign up, then the confirmation link from the mail.
    const person = newPerson('mail');
    const signUp = await fetch(`${praxis.baseUrl}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(person),
    });
    expect(signUp.status).toBe(202);
    const [confirmation] = await praxis.smtp.mailsTo(person.email);
    const token = linkIn(confirmation!, '/verify-email/').split('/').pop()!;
    const verified = await fetch(`${praxis.baseUrl}/api/auth/verify-email/${token}`, {
      method: 'POST',
    });
    expect(verified.status).toBe(200);

    const { page } = await e2e.visitor();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await heading(page, 'Forgot your password?');
    await page.getByLabel('Email', { exact: true }).fill(person.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect.poll(() => page.getByText('a link is on its way').isVisible()).toBe(true);
    await look(page, 'mail-forgot-password-sent');

    const mails = await praxis.smtp.mailsTo(person.email, 2);
    const reset = mails[1]!;
    expect(reset.subject).toBe('Reset your Praxis password');
    expect(reset.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    await page.goto(linkIn(reset, '/reset-password/'));
    await heading(page, 'Choose a new password');
    await look(page, 'mail-reset-password');
    const newPassword = 'a quiet evening practice';
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect.poll(() => page.getByText('Your password is changed').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Sign in with it' }).click();
    await page.getByLabel('Email', { exact: true }).fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  });

  it('shows check-your-mail after sign-up and the notification choices, on a phone', async () => {
    const { page } = await e2e.visitor({ viewport: PHONE });
    const person = newPerson('mailphone');
    await page.goto('/sign-up');
    await page.getByLabel('Name', { exact: true }).fill(person.name);
    await page.getByLabel('Email', { exact: true }).fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await heading(page, 'Check your mail');
    await look(page, 'mail-check-your-mail-phone');
    const [mail] = await praxis.smtp.mailsTo(person.email);
    await page.goto(linkIn(mail!, '/verify-email/'));
    await heading(page, 'Confirm your address');
    await look(page, 'mail-verify-email-phone');
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.waitForURL('**/welcome**');
    await page.goto('/account');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Notifications' }).isVisible())
      .toBe(true);
    const digest = page.getByLabel('Something is shared with me');
    await digest.selectOption('digest');
    await expect.poll(() => page.getByText('Notification choices saved').isVisible()).toBe(true);
    await look(page, 'mail-notifications-phone');
    await page.setViewportSize(DESKTOP);
    await switchTheme(page, 'dark');
    await look(page, 'mail-notifications-desktop-dark');
  });
});
