// Budget 5 of issue 16, in the browser: Largest Contentful Paint and Total Blocking Time of
// Today and Vision for a signed-in person, read with Chromium's own performance APIs
// (PerformanceObserver: largest-contentful-paint, paint, longtask), and the JavaScript those
// pages fetched (resource timing). Lighthouse is not used: it is not installed and cannot be
// fetched here (no network), so these are the browser's raw figures, not a Lighthouse score.
//
// Starts the built server (npm run build first) on a fresh SQLite data directory, signs a person
// up through the API, gives them a practice and an aspiration, then loads each page `--runs`
// times in a fresh profile, unthrottled and as Lighthouse's mobile preset does (4× slower CPU,
// 150 ms round trips, 1.6 Mb/s down), and prints the medians.
//
//   node scripts/measure-web-vitals.mjs [--runs 3] [--json]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildIsStale } from './build-state.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
});
const root = path.resolve(import.meta.dirname, '..');
const runs = Number(values.runs);

/** Lighthouse's mobile preset (simulated there; applied for real here through CDP). */
const MOBILE = {
  cpu: 4,
  network: {
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function startServer() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-vitals-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      PRAXIS_DATA_DIR: dataDir,
      PRAXIS_BASE_URL: baseUrl,
      LOG_LEVEL: 'warn',
      PRAXIS_RATE_LIMIT: 'off',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error(`Praxis exited with ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error('Praxis did not answer within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    stop: () => {
      server.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Watches LCP, first contentful paint and long tasks from the very start of the page. */
function observe() {
  const seen = { lcp: 0, fcp: 0, longTasks: [] };
  window.__vitals = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** Signs a person up through the API, with a practice and an assessed aspiration. */
async function setUpPerson(context) {
  const request = context.request;
  const register = await request.post('/api/auth/register', {
    data: {
      name: 'Ana Lima',
      email: `vitals-${Date.now()}@example.com`,
      password: 'a calm morning practice',
      timeZone: 'UTC',
    },
  });
  if (register.status() !== 201) throw new Error(`sign-up: ${await register.text()}`);
  const write = async (method, url, data) => {
    const { token } = await (await request.get('/api/auth/csrf')).json();
    const answer = await request.fetch(url, { method, data, headers: { 'X-CSRF-Token': token } });
    if (!answer.ok()) throw new Error(`${method} ${url}: ${await answer.text()}`);
    return answer.status() === 204 ? undefined : answer.json();
  };
  await write('PATCH', '/api/me', { onboarding: 'skipped' });
  await write('POST', '/api/practices', { name: 'Morning pages', schedule: { type: 'daily' } });
  const aspiration = await write('POST', '/api/aspirations', {
    title: 'Coach, not fix',
    domain: 'career',
    vision: 'In every 1:1 I ask before I advise.',
    visionLevel: 8,
  });
  await write('POST', `/api/aspirations/${aspiration.id}/assessments`, { level: 4, evidence: '' });
  return context.storageState();
}

async function measure(browser, baseUrl, storageState, url, throttled) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    storageState,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpu });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE.network });
  }
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // LCP is final once the page is quiet; give long tasks after load a moment to be reported.
  await page.waitForTimeout(1000);
  const figures = await page.evaluate(() => {
    const { lcp, fcp, longTasks } = window.__vitals;
    // TBT: the part over 50 ms of every long task after the first contentful paint (until quiet).
    const tbt = longTasks
      .filter(([start]) => start >= fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
    return {
      lcpMs: lcp,
      fcpMs: fcp,
      tbtMs: tbt,
      jsFiles: scripts.length,
      jsTransferredKb: scripts.reduce((s, r) => s + r.encodedBodySize, 0) / 1024,
    };
  });
  await context.close();
  return figures;
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

if (buildIsStale(root)) throw new Error('The build is missing or stale: run npm run build first.');
const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
const rows = [];
try {
  const setUp = await browser.newContext({ baseURL: server.baseUrl });
  const storageState = await setUpPerson(setUp);
  await setUp.close();
  for (const url of ['/today', '/vision']) {
    for (const throttled of [false, true]) {
      const samples = [];
      for (let i = 0; i < runs; i += 1)
        samples.push(await measure(browser, server.baseUrl, storageState, url, throttled));
      const pick = (key) => Math.round(median(samples.map((s) => s[key])) * 10) / 10;
      rows.push({
        page: url,
        profile: throttled ? 'mobile (4× CPU, 150 ms, 1.6 Mb/s)' : 'unthrottled',
        lcpMs: pick('lcpMs'),
        fcpMs: pick('fcpMs'),
        tbtMs: pick('tbtMs'),
        jsFiles: pick('jsFiles'),
        jsTransferredKb: pick('jsTransferredKb'),
      });
    }
  }
} finally {
  await browser.close();
  server.stop();
}
if (values.json) console.log(JSON.stringify(rows, null, 2));
else {
  for (const r of rows) {
    console.log(
      `${r.page.padEnd(8)} ${r.profile.padEnd(36)} LCP ${String(r.lcpMs).padStart(7)} ms  FCP ${String(r.fcpMs).padStart(7)} ms  TBT ${String(r.tbtMs).padStart(6)} ms  JS ${r.jsFiles} files, ${r.jsTransferredKb} KB transferred`,
    );
  }
}
