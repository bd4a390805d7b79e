import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Sends a write to the API as the signed-in person (session cookie plus CSRF token), for the
 * set-up a test does not want to click through; resolves to the answer's JSON.
 */
export async function apiPost<T = unknown>(page: Page, path: string, data: unknown): Promise<T> {
  const csrf = await page.request.get('/api/auth/csrf');
  const { token } = (await csrf.json()) as { token: string };
  const answer = await page.request.post(path, { data, headers: { 'X-CSRF-Token': token } });
  expect(answer.status(), `POST ${path}`).toBe(201);
  return (await answer.json()) as T;
}

/** Creates an aspiration with a vision and no reality yet; resolves to its id. */
export async function addAspiration(page: Page, title: string, visionLevel = 8): Promise<string> {
  const aspiration = await apiPost<{ id: string }>(page, '/api/aspirations', {
    title,
    domain: 'career',
    vision: 'In every 1:1 I ask before I advise. People leave with their own answers.',
    visionLevel,
  });
  return aspiration.id;
}
