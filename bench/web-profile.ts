import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { CDPSession } from 'playwright-core';
import { buildIsStale } from '../scripts/build-state.mjs';
import { setUpPerson, startBuiltApp } from './runner/web';

/**
 * `npx tsx bench/web-profile.ts [--page /vision] [--runs 3] [--over 12] [--cpu 1]`: where the
 * main thread goes while a first page is loaded and taken over (issue 16, budget 5). It records
 * Chromium's own trace with its CPU samples, as Lighthouse does (unslowed: Lighthouse multiplies
 * what it observed by 4), and for every task longer than `--over` ms (12.5 ms becomes
 * Lighthouse's 50) prints when it ran and the functions its time went to, named through the
 * build's source maps. `--cpu 4` slows the CPU for real (times are then divided by it). Needs a
 * build. A tool to read before changing, not a budget.
 */
const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '/vision' },
    runs: { type: 'string', default: '1' },
    over: { type: 'string', default: '12' },
    cpu: { type: 'string', default: '1' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
if (buildIsStale(root)) throw new Error('The build is missing or stale: run npm run build first.');

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args: {
    name?: string;
    data?: {
      startTime?: number;
      timeDeltas?: number[];
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: Frame }[];
        samples?: number[];
      };
    };
  };
};
type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };

const maps = new Map<string, TraceMap | null>();
/** `name file:line` of a frame, in the source when the build's map knows it. */
function where(frame: Frame): string {
  const file = /\/assets\/([^/?]+\.js)$/.exec(frame.url)?.[1];
  if (file && !maps.has(file)) {
    try {
      maps.set(
        file,
        new TraceMap(readFileSync(path.join(root, 'dist/web/assets', `${file}.map`), 'utf8')),
      );
    } catch {
      maps.set(file, null);
    }
  }
  const map = file ? maps.get(file) : null;
  if (map) {
    const at = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    if (at.source) {
      const source = at.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
      return `${at.name ?? (frame.functionName || '(anonymous)')} ${source}:${at.line}`;
    }
  }
  const name = frame.functionName || (frame.url ? '(anonymous)' : '(native)');
  return frame.url ? `${name} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : name;
}

async function record(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'loading',
      ],
    },
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The CPU samples of the renderer's main thread: [time, stack from the top frame down]. */
function samplesOf(events: TraceEvent[], pid: number, tid: number): [number, Frame[]][] {
  const nodes = new Map<number, { frame: Frame; parent?: number }>();
  const samples: [number, Frame[]][] = [];
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return samples;
  let time = profile.args.data?.startTime ?? 0;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id)) {
    const data = chunk.args.data?.cpuProfile ?? {};
    for (const node of data.nodes ?? [])
      nodes.set(node.id, { frame: node.callFrame, parent: node.parent });
    const deltas = chunk.args.data?.timeDeltas ?? [];
    (data.samples ?? []).forEach((id: number, index: number) => {
      time += deltas[index] ?? 0;
      const stack: Frame[] = [];
      for (let at: number | undefined = id; at !== undefined; at = nodes.get(at)?.parent) {
        const node = nodes.get(at);
        if (node) stack.push(node.frame);
      }
      samples.push([time, stack]);
    });
  }
  return samples;
}

const { dataDir, server, browser } = await startBuiltApp(root);
try {
  const setUp = await browser.newContext({ baseURL: server.baseUrl });
  const storageState = await setUpPerson(setUp);
  await setUp.close();
  for (let run = 1; run <= Number(values.runs); run++) {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      storageState,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) });
    const events = await record(cdp, async () => {
      await page.goto(values.page!, { waitUntil: 'load' });
      await page.waitForFunction(
        () => document.documentElement.dataset.app === 'started',
        undefined,
        {
          timeout: 60_000,
        },
      );
      await page.waitForTimeout(3000);
    });
    await context.close();
    const main = events.find(
      (e) =>
        e.name === 'thread_name' &&
        e.args.name === 'CrRendererMain' &&
        events.some((x) => x.pid === e.pid && x.name === 'firstContentfulPaint'),
    );
    if (!main) throw new Error('No renderer main thread with a first paint in the trace.');
    const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const start = onMain.find((e) => e.name === 'navigationStart')?.ts ?? onMain[0]!.ts;
    const fcp = onMain.find((e) => e.name === 'firstContentfulPaint')!.ts;
    const samples = samplesOf(events, main.pid, main.tid);
    const tasks = onMain
      .filter(
        (e) =>
          e.ph === 'X' &&
          e.name === 'RunTask' &&
          (e.dur ?? 0) / 1000 / Number(values.cpu) >= Number(values.over),
      )
      .sort((a, b) => a.ts - b.ts);
    const cpu = Number(values.cpu);
    console.log(
      `${values.page}, run ${run}: first paint at ${((fcp - start) / 1000 / cpu).toFixed(0)} ms (unslowed)`,
    );
    let blocking = 0;
    for (const task of tasks) {
      const ms = task.dur! / 1000 / cpu;
      if (task.ts > fcp) blocking += Math.max(0, ms * 4 - 50);
      const inTask = samples.filter(([time]) => time >= task.ts && time <= task.ts + task.dur!);
      const self = new Map<string, number>();
      const ours = new Map<string, number>();
      for (const [, stack] of inTask) {
        const top = stack[0] ? where(stack[0]) : '(idle)';
        self.set(top, (self.get(top) ?? 0) + 1);
        // The innermost frame of the app's own code (src/), to say whose work it was.
        const own = stack.map(where).find((name) => / src\//.test(name));
        if (own) ours.set(own, (ours.get(own) ?? 0) + 1);
      }
      const share = (map: Map<string, number>) =>
        [...map]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(
            ([name, count]) => `${Math.round((100 * count) / Math.max(1, inTask.length))}% ${name}`,
          );
      console.log(
        `  at ${((task.ts - start) / 1000 / cpu).toFixed(0).padStart(5)} ms  ${ms.toFixed(1).padStart(5)} ms${task.ts > fcp ? '' : '  (before the first paint)'}`,
      );
      for (const line of share(self)) console.log(`      ${line}`);
      const own = share(ours);
      if (own.length > 0) console.log(`      app code: ${own.join('; ')}`);
    }
    console.log(`  blocking (Lighthouse's way, after the first paint): ${blocking.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
