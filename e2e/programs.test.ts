import { describe, expect, it } from 'vitest';
import { addOrganization, today } from './support/data';
import { type SignedIn, useE2e } from './support/fixtures';
import { PHONE } from './support/browser';
import { api, dialogOnPhone, look, lookEverywhere, noDialog } from './support/flows';

const e2e = useE2e('programs');
const TITLE = 'Foundations for Leadership';

/** Fay, a facilitator of North Star Lab (run by Ada), and Ben and Cai, two of its members. */
async function cohort() {
  const admin = await e2e.signedIn({ name: 'Ada Admin' });
  const ben = await e2e.signedIn({ name: 'Ben Brook' });
  const cai = await e2e.signedIn({ name: 'Cai Chen' });
  const fay = await e2e.signedIn({ name: 'Fay Facilitator' });
  const orgId = await addOrganization(admin, 'North Star Lab', [ben, cai]);
  const invitation = await api<{ token: string }>(
    admin.page,
    'POST',
    `/api/orgs/${orgId}/invitations`,
    { email: fay.person.email, role: 'facilitator' },
  );
  await api(fay.page, 'POST', `/api/invitations/${invitation.token}/accept`, undefined, 200);
  return { fay, ben, cai, orgId };
}

/** The text of the "Your place" status line on a program page. */
const placeOf = (person: SignedIn) =>
  person.page.getByRole('region', { name: 'Your place' }).getByRole('status').textContent();

describe('programs', () => {
  it('seats the first to enroll, waitlists the second, and promotes them when the first withdraws', async () => {
    const { fay, ben, cai, orgId } = await cohort();
    const start = await today(fay.page);

    // Fay creates the program from the organization's programs page.
    await fay.page.goto(`/orgs/${orgId}`);
    await fay.page.getByRole('link', { name: 'Programs' }).click();
    await fay.page.getByRole('button', { name: 'New program' }).first().click();
    const dialog = fay.page.getByRole('dialog', { name: 'New program' });
    await dialog.getByLabel('Title').fill(TITLE);
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Eight weeks of **practice**.');
    await dialog.getByLabel('Starts').fill(start);
    await dialog.getByLabel('Ends').fill(start.replace(/^(\d{4})/, (y) => String(Number(y) + 1)));
    await dialog.getByLabel('Seats').fill('1');
    await dialog.getByRole('button', { name: 'Create program' }).click();
    await noDialog(fay.page);
    await expect
      .poll(() => fay.page.getByRole('heading', { level: 1, name: TITLE }).isVisible())
      .toBe(true);
    const programUrl = new URL(fay.page.url()).pathname;
    const programId = programUrl.split('/').at(-1)!;
    await api(fay.page, 'POST', `/api/programs/${programId}/sessions`, {
      date: start,
      time: '09:30',
      timeZone: 'Europe/Berlin',
      place: 'Room 4',
      agenda: '- Welcome\n- Personal vision',
    });
    await api(fay.page, 'POST', `/api/programs/${programId}/curriculum`, {
      week: 1,
      kind: 'practice',
      title: 'Morning pages',
      body: 'Three pages, by hand.',
    });
    await look(fay.page, 'program-facilitator');

    // Ben enrolls and takes the one seat; Cai finds it full and joins the waitlist.
    await ben.page.goto(`/orgs/${orgId}/programs`);
    await ben.page.getByRole('link', { name: TITLE }).click();
    await ben.page.getByRole('button', { name: 'Enroll' }).click();
    await expect.poll(() => placeOf(ben)).toBe('You hold a seat in this program.');
    await look(ben.page, 'program-enrolled');

    await cai.page.goto(programUrl);
    await cai.page.getByRole('button', { name: 'Join the waitlist' }).click();
    await expect.poll(() => placeOf(cai)).toMatch(/^You are number 1 on the waitlist/);

    // Fay sees both by name, in order, and nothing else about them.
    await fay.page.reload();
    const roster = fay.page.getByRole('region', { name: 'Roster' });
    await expect
      .poll(() => roster.getByRole('region', { name: /^Enrolled/ }).textContent())
      .toContain('Ben Brook');
    await expect
      .poll(() => roster.getByRole('region', { name: /^Waitlist/ }).textContent())
      .toContain('Cai Chen');
    await look(fay.page, 'program-roster');

    // Ben withdraws; the seat goes to Cai.
    await ben.page.getByRole('button', { name: 'Withdraw' }).click();
    await expect.poll(() => placeOf(ben)).toMatch(/^Seats are open|^Every seat is taken/);
    await cai.page.reload();
    await expect.poll(() => placeOf(cai)).toBe('You hold a seat in this program.');
    await fay.page.reload();
    await expect
      .poll(() => roster.getByRole('region', { name: /^Enrolled/ }).textContent())
      .toContain('Cai Chen');
    await expect
      .poll(() => roster.getByRole('region', { name: /^Waitlist/ }).textContent())
      .toContain('Nobody is waiting.');

    // Cai adopts the week's practice as her own.
    await cai.page.getByRole('button', { name: 'Adopt as my practice' }).click();
    await expect
      .poll(() =>
        cai.page.getByText('It is now one of your practices, private to you.').isVisible(),
      )
      .toBe(true);
    // The week's curriculum is on her Today page.
    await cai.page.goto('/today');
    const week = cai.page.getByRole('region', { name: 'This week in your programs' });
    await expect.poll(() => week.textContent()).toContain('Morning pages');
    await look(cai.page, 'today-programs');

    await lookEverywhere(cai.page, 'program-member', async () => {
      await cai.page.goto(programUrl);
      await expect.poll(() => placeOf(cai)).toBe('You hold a seat in this program.');
    });
    await lookEverywhere(fay.page, 'programs-list', async () => {
      await fay.page.goto(`/orgs/${orgId}/programs`);
      await expect.poll(() => fay.page.getByRole('link', { name: TITLE }).isVisible()).toBe(true);
    });
    // Creating a program fits a phone.
    await fay.page.setViewportSize(PHONE);
    await dialogOnPhone(fay.page, `/orgs/${orgId}/programs`, 'New program', 'program-new-phone');
  });
});
