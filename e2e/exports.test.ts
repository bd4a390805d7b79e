import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useE2e } from './support/fixtures';
import { api, heading, seen } from './support/flows';

const e2e = useE2e('exports');

/** Each download of Account → Your data: its link, the end of its file name, its first bytes. */
const DOWNLOADS = [
  ['Full archive (JSON)', '.json', '{"format":"praxis-archive"'],
  ['Markdown (zip)', '-markdown.zip', 'PK'],
  ['Spreadsheets (zip of CSV)', '-csv.zip', 'PK'],
  ['A year in practice (PDF)', '-year-in-practice.pdf', '%PDF-'],
] as const;

describe('Account → Your data: exports', () => {
  it('downloads everything in each of the four formats', async () => {
    const { page } = await e2e.signedIn();
    await api(page, 'POST', '/api/reflections', {
      kind: 'daily',
      title: 'A calm week',
      body: 'I asked before I answered.',
      mood: { pleasantness: 2, energy: 1 },
      tags: ['work'],
    });
    await page.goto('/account/data');
    await heading(page, 'Your data');
    const exports = page.getByRole('region', { name: 'Export' });
    for (const [name, suffix, start] of DOWNLOADS) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        exports.getByRole('link', { name }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^praxis-\\d{4}-\\d{2}-\\d{2}${suffix.replace('.', '\\.')}$`),
      );
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, start.length).toString('latin1')).toBe(start);
    }
    await seen(page, 'your data', 'your-data-exports');
  }, 120_000);
});
