import { describe, expect, it } from 'vitest';
import { addOrganization } from './support/data';
import { useE2e } from './support/fixtures';
import { api, heading, lookEverywhere, seen } from './support/flows';

const e2e = useE2e('one-on-one-meeting');

describe('A 1:1’s next meeting', () => {
  it('is set by one of the two in the browser and appears on the other’s open page', async () => {
    const mo = await e2e.signedIn({ name: 'Mo Member' });
    const lea = await e2e.signedIn({ name: 'Lea Leader' });
    const orgId = await addOrganization(lea, 'Meeting Lab', [mo]);
    const space = await api<{ id: string }>(mo.page, 'POST', '/api/one-on-ones', {
      orgId,
      colleagueId: lea.id,
    });
    await lea.page.goto(`/one-on-ones/${space.id}`);
    await heading(lea.page, '1:1 with Mo Member');
    const next = lea.page.getByTestId('next-meeting');

    await mo.page.goto(`/one-on-ones/${space.id}`);
    await heading(mo.page, '1:1 with Lea Leader');
    await mo.page.getByRole('button', { name: 'Set a meeting' }).click();
    const dialog = mo.page.getByRole('dialog', { name: 'Next meeting' });
    await dialog.getByLabel('Date').fill('2031-03-17');
    await dialog.getByLabel('Time', { exact: true }).fill('09:30');
    await dialog.getByLabel('Time zone').fill('Europe/Berlin');
    await dialog.getByLabel('Repeats').selectOption({ label: 'Every 2 weeks' });
    await dialog.getByLabel('Place or link (optional)').fill('Room 4');
    await dialog.getByRole('button', { name: 'Save meeting' }).click();
    await expect
      .poll(() => mo.page.getByTestId('next-meeting').textContent(), { timeout: 30_000 })
      .toContain('(Europe/Berlin)');

    // Lea's page, open all along, shows it without a reload.
    await expect.poll(() => next.textContent(), { timeout: 30_000 }).toMatch(/\b0?9:30\b/);
    expect(await lea.page.getByText('Every 2 weeks').isVisible()).toBe(true);
    expect(await lea.page.getByText('Room 4').isVisible()).toBe(true);
    const saved = await api<{ meeting: { next: { startsAt: string } } }>(
      lea.page,
      'GET',
      `/api/one-on-ones/${space.id}`,
    );
    expect(saved.meeting.next.startsAt).toBe('2031-03-17T08:30:00.000Z');
    await seen(lea.page, '1:1 with a meeting', 'one-on-one-meeting-desktop-light');
    await lookEverywhere(lea.page, 'one-on-one-meeting', async () => {
      await lea.page.goto(`/one-on-ones/${space.id}`);
      await expect.poll(() => next.isVisible(), { timeout: 30_000 }).toBe(true);
    });
  });
  it('shows each space’s next meeting on my list of 1:1s, in my time zone', async () => {
    const mo = await e2e.signedIn({ name: 'Mo Member' });
    const lea = await e2e.signedIn({ name: 'Lea Leader' });
    const orgId = await addOrganization(lea, 'List Lab', [mo]);
    await api(mo.page, 'PATCH', '/api/me', { timeZone: 'America/New_York' });
    const space = await api<{ id: string }>(mo.page, 'POST', '/api/one-on-ones', {
      orgId,
      colleagueId: lea.id,
      title: 'Growth talk',
    });
    await api(lea.page, 'PUT', `/api/one-on-ones/${space.id}/meeting`, {
      date: '2031-03-17',
      time: '09:30',
      timeZone: 'Europe/Berlin',
      repeatWeeks: 2,
    });
    await mo.page.goto('/one-on-ones');
    await heading(mo.page, '1:1s');
    const row = mo.page.getByRole('listitem').filter({ hasText: 'Growth talk' });
    // 09:30 in Berlin (UTC+1) is 04:30 in New York, already on summer time (UTC−4).
    await expect
      .poll(() => row.textContent())
      .toMatch(/Next meeting Monday, March 17, 2031 at 0?4:30\sAM/);
    await seen(mo.page, '1:1 list with a meeting', 'one-on-ones-list-meeting-desktop-light');
    await lookEverywhere(mo.page, 'one-on-ones-list-meeting', async () => {
      await mo.page.goto('/one-on-ones');
      await expect.poll(() => row.textContent()).toContain('Next meeting');
    });
  });
});
