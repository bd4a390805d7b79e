// Budget 5 of issue 16 in the browser: Largest Contentful Paint and Total Blocking Time of Today
// and Vision for a signed-in person, read with Chromium's own performance APIs
// (PerformanceObserver: largest-contentful-paint, paint, longtask), and the JavaScript those pages
// fetched (resource timing); beside it, the first page's JavaScript from the Vite manifest
// (scripts/measure-bundle.mjs). Lighthouse is not a dependency (114 packages): when a Lighthouse
// 13 command is named in PRAXIS_LIGHTHOUSE (`npm install --prefix /tmp/lh lighthouse`, then
// PRAXIS_LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse), its score, LCP and TBT are added.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { BUDGET_KB, measureBundle } from '../../scripts/measure-bundle.mjs';
import { type Result, SESSION_SECRET } from './cases';
import { freePort, startNode } from './processes';

/** Lighthouse's mobile preset (simulated there; applied for real here through CDP). */
const MOBILE = {
  cpu: 4,
  network: {
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
};

type Vitals = { lcp: number; fcp: number; longTasks: [number, number][] };
declare global {
  interface Window {
    __vitals: Vitals;
  }
}

export type VitalsRow = {
  page: string;
  profile: string;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  jsFiles: number;
  jsTransferredKb: number;
  /**
   * The renderer's time in JavaScript until the page was quiet (CDP Performance.ScriptDuration):
   * CPU time, which a loaded machine stretches less than the wall-clock LCP and TBT.
   */
  scriptMs?: number;
  /** Lighthouse's performance score (0–100), on its rows only. */
  score?: number;
};

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * One Lighthouse run (performance only, its default mobile preset with simulated throttling)
 * of `url` as the signed-in person, with Debian's Chromium.
 */
async function lighthouse(bin: string, url: string, storageState: StorageState, dir: string) {
  const output = path.join(dir, 'lighthouse.json');
  const cookie = storageState.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const run = () =>
    promisify(execFile)(
      bin,
      [
        url,
        '--quiet',
        '--only-categories=performance',
        '--output=json',
        `--output-path=${output}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
        `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
        ...(process.env.PRAXIS_LIGHTHOUSE_KEEP ? ['--save-assets'] : []),
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
    );
  // Lighthouse now and then loses its own trace ("… Please run Lighthouse again.",
  // NO_NAVSTART): it is run again, twice at most; any other failure stands.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await run();
      break;
    } catch (error) {
      if (attempt >= 3 || !/run Lighthouse again/.test(String(error))) throw error;
    }
  }
  // PRAXIS_LIGHTHOUSE_KEEP names a folder that keeps each full report, to read its diagnostics.
  const keep = process.env.PRAXIS_LIGHTHOUSE_KEEP;
  if (keep) {
    mkdirSync(keep, { recursive: true });
    const name = `${new URL(url).pathname.slice(1)}-${Date.now()}`;
    copyFileSync(output, path.join(keep, `${name}.json`));
    // --save-assets wrote the trace beside the report: Chromium's own tasks, to read what costs.
    const trace = output.replace(/\.json$/, '-0.trace.json');
    if (existsSync(trace)) copyFileSync(trace, path.join(keep, `${name}.trace.json`));
  }
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue: number }>;
  };
  return {
    score: report.categories.performance.score * 100,
    lcpMs: report.audits['largest-contentful-paint']!.numericValue,
    fcpMs: report.audits['first-contentful-paint']!.numericValue,
    tbtMs: report.audits['total-blocking-time']!.numericValue,
  };
}

/** Watches LCP, first contentful paint and long tasks from the very start of the page. */
function observe() {
  const seen: Vitals = { lcp: 0, fcp: 0, longTasks: [] };
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
export async function setUpPerson(context: BrowserContext) {
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
  const write = async (method: string, url: string, data: unknown) => {
    const { token } = (await (await request.get('/api/auth/csrf')).json()) as { token: string };
    const answer = await request.fetch(url, { method, data, headers: { 'X-CSRF-Token': token } });
    if (!answer.ok()) throw new Error(`${method} ${url}: ${await answer.text()}`);
    return answer.status() === 204 ? undefined : answer.json();
  };
  await write('PATCH', '/api/me', { onboarding: 'skipped' });
  await write('POST', '/api/practices', { name: 'Morning pages', schedule: { type: 'daily' } });
  const aspiration: { id: string } = await write('POST', '/api/aspirations', {
    title: 'Coach, not fix',
    domain: 'career',
    vision: 'In every 1:1 I ask before I advise.',
    visionLevel: 8,
  });
  await write('POST', `/api/aspirations/${aspiration.id}/assessments`, { level: 4, evidence: '' });
  return context.storageState();
}

async function measure(
  browser: Browser,
  baseUrl: string,
  storageState: StorageState,
  url: string,
  throttled: boolean,
) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    storageState,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttled) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpu });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE.network });
  }
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // With every chunk preloaded the network is quiet before a slowed CPU has drawn anything:
  // wait for the first contentful paint itself.
  await page.waitForFunction(() => window.__vitals.fcp > 0, undefined, { timeout: 60_000 });
  // LCP is final once the page is quiet; give long tasks after load a moment to be reported.
  await page.waitForTimeout(1000);
  const figures = await page.evaluate(() => {
    const { lcp, fcp, longTasks } = window.__vitals;
    // TBT: the part over 50 ms of every long task after the first contentful paint (until quiet).
    const tbt = longTasks
      .filter(([start]) => start >= fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    const scripts = (
      performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    ).filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
    return {
      lcpMs: lcp,
      fcpMs: fcp,
      tbtMs: tbt,
      jsFiles: scripts.length,
      jsTransferredKb: scripts.reduce((s, r) => s + r.encodedBodySize, 0) / 1024,
    };
  });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptSeconds = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  await context.close();
  return { ...figures, scriptMs: scriptSeconds * 1000 };
}

const median = (list: number[]) =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

/**
 * The built server under `root` on a fresh SQLite data directory (rate limits off), and Debian's
 * Chromium to load its pages; the caller stops both and removes `dataDir`.
 */
export async function startBuiltApp(root: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-vitals-'));
  const server = await startNode(
    [path.join(root, 'dist/server/main.js')],
    {
      PRAXIS_DATA_DIR: dataDir,
      // The server reads dist/web from its working directory unless told: serve `root`'s build.
      PRAXIS_WEB_DIR: path.join(root, 'dist/web'),
      PRAXIS_RATE_LIMIT: 'off',
      PRAXIS_SESSION_SECRET: SESSION_SECRET,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    await freePort(),
    '/api/health',
  );
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
  return { dataDir, server, browser };
}

/**
 * LCP, FCP and TBT (medians of `runs` fresh loads) of Today and Vision on the built server under
 * `root`, on a fresh SQLite data directory, unthrottled and with Lighthouse's mobile preset, and
 * Lighthouse's own figures when PRAXIS_LIGHTHOUSE names its command.
 */
export async function webVitals(root: string, runs = 3): Promise<VitalsRow[]> {
  const { dataDir, server, browser } = await startBuiltApp(root);
  const rows: VitalsRow[] = [];
  try {
    const setUp = await browser.newContext({ baseURL: server.baseUrl });
    const storageState = await setUpPerson(setUp);
    await setUp.close();
    for (const url of ['/today', '/vision']) {
      for (const throttled of [false, true]) {
        const samples: Awaited<ReturnType<typeof measure>>[] = [];
        for (let i = 0; i < runs; i += 1)
          samples.push(await measure(browser, server.baseUrl, storageState, url, throttled));
        const pick = (key: keyof (typeof samples)[number]) =>
          Math.round(median(samples.map((s) => s[key])) * 10) / 10;
        rows.push({
          page: url,
          profile: throttled ? 'mobile (4× CPU, 150 ms, 1.6 Mb/s)' : 'unthrottled',
          lcpMs: pick('lcpMs'),
          fcpMs: pick('fcpMs'),
          tbtMs: pick('tbtMs'),
          jsFiles: pick('jsFiles'),
          jsTransferredKb: pick('jsTransferredKb'),
          scriptMs: pick('scriptMs'),
        });
      }
      const bin = process.env.PRAXIS_LIGHTHOUSE;
      if (bin) {
        const samples: Awaited<ReturnType<typeof lighthouse>>[] = [];
        for (let i = 0; i < runs; i += 1)
          samples.push(await lighthouse(bin, server.baseUrl + url, storageState, dataDir));
        const pick = (key: keyof (typeof samples)[number]) =>
          Math.round(median(samples.map((s) => s[key])) * 10) / 10;
        rows.push({
          page: url,
          profile: 'Lighthouse 13, mobile (simulated)',
          lcpMs: pick('lcpMs'),
          fcpMs: pick('fcpMs'),
          tbtMs: pick('tbtMs'),
          jsFiles: 0,
          jsTransferredKb: 0,
          score: pick('score'),
        });
      }
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

/** Case 5 (web): the first page's JavaScript against its budget, and LCP/TBT as figures. */
export async function webCases(root: string): Promise<Result[]> {
  const bundle = measureBundle(root).map((row): Result => ({
    case: `5 Web JS, ${row.page}`,
    database: '-',
    medianMs: null,
    p95Ms: null,
    p99Ms: null,
    ratio: null,
    budget: `≤ ${BUDGET_KB} KB gzip (${row.gzipKb} KB)`,
    // Vision and Practices are measured for reference; the budget is the first page's.
    pass: row.pass || !/Today|Sign in/.test(row.page),
    figures: { gzipKb: row.gzipKb, files: row.files },
  }));
  const vitals = (await webVitals(root)).map((row): Result => ({
    case: `5 Web ${row.page}, ${row.profile}`,
    database: '-',
    medianMs: row.lcpMs,
    p95Ms: null,
    p99Ms: null,
    ratio: null,
    budget:
      row.score === undefined
        ? `LCP/TBT figures: TBT ${row.tbtMs} ms`
        : `Lighthouse ≥ 95 (${row.score}; TBT ${row.tbtMs} ms)`,
    pass: row.score === undefined || row.score >= 95,
    figures: {
      lcpMs: row.lcpMs,
      fcpMs: row.fcpMs,
      tbtMs: row.tbtMs,
      jsTransferredKb: row.jsTransferredKb,
      ...(row.scriptMs === undefined ? {} : { scriptMs: row.scriptMs }),
      ...(row.score === undefined ? {} : { lighthouseScore: row.score }),
    },
  }));
  return [...bundle, ...vitals];
}
