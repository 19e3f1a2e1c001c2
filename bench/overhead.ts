// What the extension costs a browsing user, in a real Chromium, against the same Chromium without
// it in the same run: (a) main-thread script time and load time of healthy gallery pages, runs
// alternating between the two browsers; (b) the worker's script time and heap per captured request
// for a tab making thousands of loopback requests, next to the page's own script time.
import type { Browser, CDPSession, Page } from 'puppeteer';
import { startGallery } from '../harness/gallery-server';
import { launchWithExtension, launchWithoutExtension } from '../harness/launch-browser';
import { median } from './measure';
import { launchWithFloorExtension } from './floor-extension';
import { browserCpuMs, extensionWorkerCpuMs } from './thread-cpu';

export interface PageLoadBench {
  runs: number;
  pages: string[];
  /** Medians over runs × pages, ms. */
  withExtension: { scriptMs: number; taskMs: number; loadMs: number };
  without: { scriptMs: number; taskMs: number; loadMs: number };
}

export interface WorkerBench {
  requests: number;
  /** Measured runs of each extension (the figures are their medians). */
  runs: number;
  /** CPU time of the worker's thread per request of the tab, from the OS's counters. */
  workerCpuMsPerRequest: number;
  workerCpuMsPerRequestRuns: number[];
  /** Shares of the worker thread's profile samples: whose code was running. */
  workerShares: { own: number; delivery: number; gc: number; native: number };
  /** The same for an extension with the same listeners doing nothing (floor-extension.ts). */
  floorCpuMsPerRequest: number;
  floorCpuMsPerRequestRuns: number[];
  /** All of the browser's processes, CPU time per request: with Faultline, with the floor, without. */
  browserCpuMsPerRequest: { withExtension: number; floor: number; without: number };
  /** JS heap after the run (after GC) minus before, bytes; and per request. */
  workerHeapGrowthBytes: number;
  workerHeapAfterBytes: number;
  /** The same page's own main-thread script time per request, with and without the extension. */
  pageScriptMsPerRequest: { withExtension: number; without: number };
  /** The page's wall time for all its requests (medians of the runs). */
  pageWallMs: { withExtension: number; floor: number; without: number };
}

type Metrics = Record<string, number>;
async function metrics(session: CDPSession): Promise<Metrics> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Loads `url` in a fresh tab; the renderer's main-thread script and task time, and the load event. */
async function loadOnce(browser: Browser, url: string): Promise<{ scriptMs: number; taskMs: number; loadMs: number }> {
  const page = await browser.newPage();
  try {
    const session = await page.createCDPSession();
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(session);
    await page.goto(url, { waitUntil: 'load' });
    // The healthy page's own fetch finishes after load: wait for it, so both runs do the same work.
    await page.waitForNetworkIdle({ idleTime: 50, timeout: 10_000 }).catch(() => undefined);
    const after = await metrics(session);
    const loadMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    return {
      scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
      taskMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
      loadMs,
    };
  } finally {
    await page.close();
  }
}

export async function benchPageLoad(runs = 15): Promise<PageLoadBench> {
  const gallery = await startGallery();
  const eb = await launchWithExtension();
  const plain = await launchWithoutExtension();
  const paths = ['/healthy', '/'];
  const withExt: { scriptMs: number; taskMs: number; loadMs: number }[] = [];
  const without: typeof withExt = [];
  try {
    // Warm both browsers (first navigation pays process start-up).
    for (const path of paths) {
      await loadOnce(eb.browser, gallery.url(path));
      await loadOnce(plain, gallery.url(path));
    }
    for (let i = 0; i < runs; i++) {
      for (const path of paths) {
        const url = `${gallery.url(path)}?run=${i}`;
        // Alternate which browser goes first, so neither always gets the warmer machine.
        const order: [Browser, typeof withExt][] = i % 2 === 0 ? [[eb.browser, withExt], [plain, without]] : [[plain, without], [eb.browser, withExt]];
        for (const [browser, into] of order) into.push(await loadOnce(browser, url));
      }
    }
  } finally {
    await eb.close();
    await plain.close();
    await gallery.close();
  }
  const med = (list: typeof withExt) => ({ scriptMs: median(list.map((r) => r.scriptMs)), taskMs: median(list.map((r) => r.taskMs)), loadMs: median(list.map((r) => r.loadMs)) });
  return { runs, pages: paths, withExtension: med(withExt), without: med(without) };
}

async function workerSession(browser: Browser): Promise<CDPSession> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  return target.createCDPSession();
}

/** The worker's JS heap after a full GC (Performance metrics are not offered for workers). */
async function workerHeap(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage').catch(() => undefined);
  return (await session.send('Runtime.getHeapUsage')).usedSize;
}

/** V8's sampling profiler on the worker, at an interval coarse enough to cost it little. */
async function startProfile(session: CDPSession): Promise<void> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
}

/**
 * Whose code the worker's thread was running, as shares of its busy samples: Faultline's own (its
 * bundle, and the storage and action calls it makes), the browser's delivery of webRequest events
 * to any extension (its bindings copying each event's details), garbage collection, and the
 * thread's native work outside any script ("(program)": message handling, IPC). Samples are
 * counted, not weighted by their time deltas, which include waits for a core.
 */
async function stopProfile(session: CDPSession): Promise<WorkerBench['workerShares']> {
  const { profile } = await session.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
  /** Native frames belong to whoever called them: the nearest JavaScript frame above. */
  const owner = (id: number): 'own' | 'delivery' => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const url = nodes.get(at)?.callFrame.url ?? '';
      if (url.startsWith('chrome-extension://')) return 'own';
      if (url.startsWith('extensions::')) return 'delivery';
    }
    return 'delivery';
  };
  const counts = { own: 0, delivery: 0, gc: 0, native: 0 };
  const debug = new Map<string, number>();
  for (const id of profile.samples ?? []) {
    const node = nodes.get(id);
    const name = node?.callFrame.functionName;
    if (name === '(idle)' || name === '(root)') continue;
    const kind = name === '(garbage collector)' ? 'gc' : name === '(program)' ? 'native' : owner(id);
    counts[kind]++;
    if (process.env.FAULTLINE_PROFILE_DEBUG) {
      const key = `${kind} ${name} ${node?.callFrame.url.split('/').pop()}:${node?.callFrame.lineNumber}:${node?.callFrame.columnNumber}`;
      debug.set(key, (debug.get(key) ?? 0) + 1);
    }
  }
  if (process.env.FAULTLINE_PROFILE_DEBUG) console.error([...debug].sort((a, b) => b[1] - a[1]).slice(0, 25));
  const busy = Math.max(1, counts.own + counts.delivery + counts.gc + counts.native);
  return { own: counts.own / busy, delivery: counts.delivery / busy, gc: counts.gc / busy, native: counts.native / busy };
}

/** Opens the /many page and waits for its N requests; the page's own script time and wall time. */
async function manyRequests(browser: Browser, url: string): Promise<{ page: Page; scriptMs: number; wallMs: number }> {
  const page = await browser.newPage();
  const session = await page.createCDPSession();
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metrics(session);
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'done', { timeout: 120_000, polling: 50 });
  const wallMs = Date.now() - start;
  const after = await metrics(session);
  return { page, scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000, wallMs };
}

export async function benchWorker(requests = 5_000, runs = 3): Promise<WorkerBench> {
  const gallery = await startGallery();
  const eb = await launchWithExtension();
  const floor = await launchWithFloorExtension();
  const plain = await launchWithoutExtension();
  try {
    const warmUrl = gallery.url('/many?n=200');
    const url = gallery.url(`/many?n=${requests}`);
    // Both extensions' workers run under the same profiler, so its own cost falls on both alike.
    // Faultline's cost above the floor is a small difference of two large figures, and the same
    // build varies by 10-20% from run to run on a loaded machine: several runs each, alternating
    // (ours, floor, floor, ours, ours, floor…) so drift over the bench falls on both alike too,
    // and medians.
    const ours: Awaited<ReturnType<typeof measuredRun>>[] = [];
    const bare: Awaited<ReturnType<typeof measuredRun>>[] = [];
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? ([[eb.browser, ours], [floor, bare]] as const) : ([[floor, bare], [eb.browser, ours]] as const);
      for (const [browser, list] of order) list.push(await measuredRun(browser, warmUrl, url, true));
    }
    const none = await measuredRun(plain, warmUrl, url, false);
    const perRequest = (list: typeof ours, key: 'workerCpuMs' | 'browserCpuMs') => median(list.map((run) => run[key] / requests));
    const shares = ours[0]!.shares!;
    return {
      requests,
      runs,
      workerCpuMsPerRequest: perRequest(ours, 'workerCpuMs'),
      workerCpuMsPerRequestRuns: ours.map((run) => run.workerCpuMs / requests),
      workerShares: shares,
      floorCpuMsPerRequest: perRequest(bare, 'workerCpuMs'),
      floorCpuMsPerRequestRuns: bare.map((run) => run.workerCpuMs / requests),
      browserCpuMsPerRequest: { withExtension: perRequest(ours, 'browserCpuMs'), floor: perRequest(bare, 'browserCpuMs'), without: none.browserCpuMs / requests },
      workerHeapGrowthBytes: ours[0]!.heapGrowth,
      workerHeapAfterBytes: ours[0]!.heapAfter,
      pageScriptMsPerRequest: { withExtension: ours[0]!.scriptMs / requests, without: none.scriptMs / requests },
      pageWallMs: { withExtension: median(ours.map((run) => run.wallMs)), floor: median(bare.map((run) => run.wallMs)), without: none.wallMs },
    };
  } finally {
    await eb.close();
    await floor.close();
    await plain.close();
    await gallery.close();
  }
}

const pidOf = (browser: Browser) => browser.process()?.pid ?? -1;

/**
 * A short warm-up run (the worker's code gets compiled), then the measured one: CPU time of the
 * browser's processes and of its extension's worker thread; with `profileWorker`, the worker's
 * profile shares and its heap after a full GC.
 */
async function measuredRun(browser: Browser, warmUrl: string, url: string, profileWorker: boolean) {
  const warm = await manyRequests(browser, warmUrl);
  await warm.page.close();
  const session = profileWorker ? await workerSession(browser) : undefined;
  const heapBefore = session ? await workerHeap(session) : 0;
  const workerBefore = extensionWorkerCpuMs(pidOf(browser));
  const browserBefore = browserCpuMs(pidOf(browser));
  if (session) await startProfile(session);
  const run = await manyRequests(browser, url);
  // Let the debounced store writes and badge updates finish: they are part of the cost.
  await new Promise((r) => setTimeout(r, 1_000));
  const shares = session ? await stopProfile(session) : undefined;
  const workerCpuMs = extensionWorkerCpuMs(pidOf(browser)) - workerBefore;
  const browserCpu = browserCpuMs(pidOf(browser)) - browserBefore;
  const heapAfter = session ? await workerHeap(session) : 0;
  await run.page.close();
  return { workerCpuMs, browserCpuMs: browserCpu, shares, heapAfter, heapGrowth: heapAfter - heapBefore, scriptMs: run.scriptMs, wallMs: run.wallMs };
}
