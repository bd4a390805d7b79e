import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test-support/server';

describe('the built web app', () => {
  let server: TestServer;
  let webDir: string;
  const script = 'console.log("praxis");\n'.repeat(100);
  const visionPage = '<title>vision</title><link rel="modulepreload" href="/assets/v.js">';

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-web-'));
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(path.join(webDir, 'index.html'), '<title>app</title>');
    writeFileSync(path.join(webDir, 'front-door.html'), '<title>front door</title>');
    writeFileSync(path.join(webDir, 'favicon.svg'), '<svg/>');
    // A first page's own copy of index.html (scripts/route-pages.ts), with its brotli copy.
    mkdirSync(path.join(webDir, 'pages'));
    writeFileSync(path.join(webDir, 'pages/vision.html'), visionPage);
    writeFileSync(path.join(webDir, 'pages/vision.html.br'), brotliCompressSync(visionPage));
    writeFileSync(path.join(webDir, 'assets/main-abc123.js'), script);
    writeFileSync(path.join(webDir, 'assets/main-abc123.js.br'), brotliCompressSync(script));
    server = await startTestServer('sqlite', { env: { webDir } });
  });
  afterAll(async () => {
    await server.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}${url}`, { headers });

  it('serves hashed assets for a year, as brotli to a browser that takes it', async () => {
    const plain = await get('/assets/main-abc123.js', { 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await plain.text()).toBe(script);
    const brotli = await get('/assets/main-abc123.js', { 'accept-encoding': 'br' });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toMatch(/accept-encoding/i);
    const head = await fetch(`${server.baseUrl}/assets/main-abc123.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('serves the files beside the assets never cached, and the app for any other page', async () => {
    for (const file of ['/favicon.svg', '/index.html']) {
      const response = await get(file);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
    for (const page of ['/today', '/assets/gone-old.js']) {
      const response = await get(page);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<title>app</title>');
    }
    expect(await (await get('/')).text()).toBe('<title>front door</title>');
  });

  it('answers a first page with its own copy that preloads its chunks, under the same policy', async () => {
    for (const page of ['/vision', '/vision/', '/vision?from=today']) {
      const response = await get(page, { 'accept-encoding': 'br' });
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-encoding'), page).toBe('br');
      expect(response.headers.get('cache-control'), page).toBe('no-cache');
      expect(await response.text(), page).toBe(visionPage);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
    // Deeper addresses, and pages without a copy, get index.html.
    for (const page of ['/vision/aspirations/a1', '/today', '/visionary']) {
      expect(await (await get(page)).text(), page).toBe('<title>app</title>');
    }
  });

  it('keeps outside the web directory and answers unknown API addresses with 404 JSON', async () => {
    const escape = await get('/assets/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd');
    expect(await escape.text()).not.toContain('root:');
    expect([200, 403, 404]).toContain(escape.status);
    const api = await get('/api/nothing-here');
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe('not_found');
  });
});
