import { describe, expect, it } from 'vitest';
import { addPractice } from './support/data';
import { useE2e } from './support/fixtures';
import { api, heading } from './support/flows';

const e2e = useE2e('reminders');

type MyReminders = { practices: { practiceId: string; time: string }[]; timeZone: string };

describe('Reminders set in the browser', () => {
  it('sets a practice reminder at a local time: it shows, the list and the calendar feed hold it', async () => {
    const { page } = await e2e.signedIn();
    await api(page, 'PATCH', '/api/me', { timeZone: 'Europe/Berlin' });
    const id = await addPractice(page, 'Evening stretch');
    await page.goto(`/practices/${id}`);
    await heading(page, 'Evening stretch');

    const time = page.getByLabel('Remind me at');
    await expect.poll(() => time.isVisible(), { timeout: 30_000 }).toBe(true);
    await time.fill('07:30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.getByText('You will be reminded at 07:30').isVisible(), { timeout: 30_000 })
      .toBe(true);

    // The reminder list (the API the Account page reads) holds it, in my time zone.
    await expect
      .poll(async () => (await api<MyReminders>(page, 'GET', '/api/me/reminders')).practices, {
        timeout: 30_000,
      })
      .toEqual([{ practiceId: id, time: '07:30' }]);
    expect((await api<MyReminders>(page, 'GET', '/api/me/reminders')).timeZone).toBe(
      'Europe/Berlin',
    );

    // Shown again after a reload, with a way to remove it.
    await page.reload();
    await heading(page, 'Evening stretch');
    await expect.poll(() => time.inputValue(), { timeout: 30_000 }).toBe('07:30');
    expect(await page.getByRole('button', { name: 'Remove', exact: true }).isVisible()).toBe(true);

    // The calendar feed has it at 07:30 Berlin time, named by kind only.
    const { url } = await api<{ url: string }>(page, 'POST', '/api/calendar/feed');
    const feed = await page.request.get(new URL(url).pathname);
    expect(feed.status()).toBe(200);
    const text = await feed.text();
    expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:\d{8}T073000/);
    expect(text).toContain('SUMMARY:Praxis: time for your practice');
    expect(text).not.toContain('Evening stretch');
  });
});
