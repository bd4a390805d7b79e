import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importFixture, zipOf } from '../test-support/portability';
import { useE2e } from './support/fixtures';
import { api, heading, lookEverywhere, seen } from './support/flows';

const e2e = useE2e('imports');

/** Account → Your data: chooses the format and the file, and starts the import. */
async function importFile(page: Page, format: string, name: string, buffer: Buffer) {
  await page.goto('/account/data');
  await heading(page, 'Your data');
  const form = page.getByRole('region', { name: 'Import' });
  await form.getByLabel('From').selectOption({ label: format });
  await form
    .getByLabel('File')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  await form.getByRole('button', { name: 'Import' }).click();
  return form;
}

/** What the person has written, by body: nothing of a failed import may be among it. */
const bodies = async (page: Page) =>
  (await api<{ items: { body: string }[] }>(page, 'GET', '/api/reflections')).items.map(
    (r) => r.body,
  );

/** A Day One export whose zip also holds a file named to land outside it. */
const hostileZip = zipOf({
  'Journal.json': importFixture('dayone-journal.json'),
  '../../outside.txt': 'Written where it should not be.',
});

describe('Account → Your data: an import that cannot be kept', () => {
  it('says why a Day One zip with a name outside it was refused, and keeps none of it', async () => {
    const { page } = await e2e.signedIn();
    await api(page, 'POST', '/api/reflections', { kind: 'free', body: 'Written here first.' });
    const form = await importFile(page, 'Day One (JSON or zip)', 'Journal.zip', hostileZip);
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('points outside the zip');
    expect(await alert.textContent()).toContain('Journal.zip');
    expect(await alert.textContent()).toContain('nothing of it was kept');
    expect(await bodies(page)).toEqual(['Written here first.']);
    await seen(page, 'failed import', 'import-failed-desktop-light');
    await lookEverywhere(page, 'import-failed', async () => {
      await importFile(page, 'Day One (JSON or zip)', 'Journal.zip', hostileZip);
      await expect.poll(() => form.getByRole('alert').isVisible()).toBe(true);
    });
    expect(await bodies(page)).toEqual(['Written here first.']);
  });

  it('lists each item it left out with the reason, and keeps the rest', async () => {
    const { page } = await e2e.signedIn();
    const reflection = (id: string, date: string, body: string) => ({
      id,
      kind: 'free',
      title: '',
      body,
      promptId: null,
      moodPleasantness: null,
      moodEnergy: null,
      emotions: [],
      tags: [],
      form: null,
      at: '2026-02-10T21:30:00Z',
      date,
      createdAt: '2026-02-10T21:30:00Z',
      updatedAt: '2026-02-10T21:30:00Z',
    });
    const archive = JSON.stringify({
      format: 'praxis-archive',
      formatVersion: 1,
      reflections: [
        reflection('r1', '2026-02-10', 'A real day.'),
        reflection('r2', '2026-02-30', 'A day that never was.'),
      ],
    });
    const form = await importFile(
      page,
      'Praxis archive (JSON)',
      'praxis.json',
      Buffer.from(archive),
    );
    await expect.poll(() => form.getByText('praxis.json is imported.').isVisible()).toBe(true);
    await form.getByText('Why 1 item was left out').click();
    expect(await form.getByText('date: Use a real date, YYYY-MM-DD.').isVisible()).toBe(true);
    expect(await bodies(page)).toEqual(['A real day.']);
    await seen(page, 'import with items left out', 'import-left-out-desktop-light');
  });
});
