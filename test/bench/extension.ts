// The extension in a real Chromium: popup open → verdict rendered, badge latency after a failed
// page loads, and the size of every part (minified + gzip).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageHost, pagePath, startGallery } from '../../src/demo/gallery-server';
import { DIST_CHROME, launchWithExtension } from '../../src/demo/launch-browser';
import { median } from './measure';

export interface ExtensionBench {
  popupToVerdictMs: number;
  /** The same browser, same run: an empty extension page's DOMContentLoaded (the floor). */
  blankPageMs: number;
  badgeLatencyMs: number;
  runs: number;
  sizes: { collector: number; popup: number; worker: number; packageZip: number };
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

export function extensionSizes(): ExtensionBench['sizes'] {
  const files = filesUnder(DIST_CHROME).map((path) => relative(DIST_CHROME, path));
  const sum = (pick: (f: string) => boolean) => files.filter(pick).reduce((n, f) => n + gz(join(DIST_CHROME, f)), 0);
  const zip = readdirSync(join(DIST_CHROME, '..')).find((f) => f.startsWith('faultline-chrome-') && f.endsWith('.zip'));
  return {
    collector: sum((f) => f === 'collector.js'),
    popup: sum((f) => f.startsWith('src/popup/') || /^assets\/(index\.html|index-|browser-polyfill)/.test(f)),
    worker: sum((f) => /^assets\/index\.ts-/.test(f) || f === 'service-worker-loader.js'),
    packageZip: zip ? statSync(join(DIST_CHROME, '..', zip)).size : -1,
  };
}

export async function benchExtension(runs = 10): Promise<ExtensionBench> {
  const gallery = await startGallery();
  const eb = await launchWithExtension();
  const popupTimes: number[] = [];
  const blankTimes: number[] = [];
  const badgeTimes: number[] = [];
  try {
    const fixture = gallery.pages.find((p) => p.folder === 'cloudflare' && p.name === '521-web-server-down-legacy-design')!;
    for (let i = 0; i < runs; i++) {
      const url = `${gallery.url(pagePath(fixture), pageHost(fixture))}?run=${i}`;
      const page = await eb.browser.newPage();
      const loaded = page.goto(url);
      const tabId = await eb.control.evaluate(async (u) => {
        const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]> } } }).chrome;
        for (;;) {
          const found = (await tabs.query({})).find((t) => t.url === u || t.pendingUrl === u);
          if (found?.id !== undefined) return found.id;
          await new Promise((r) => setTimeout(r, 2));
        }
      }, url);
      await loaded;
      const loadedAt = Date.now();
      // Badge latency: from the page's load event to the badge being set, polled every 2 ms.
      await eb.control.evaluate(async (id) => {
        const { action } = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome;
        while ((await action.getBadgeText({ tabId: id })) === '') await new Promise((r) => setTimeout(r, 2));
      }, tabId);
      badgeTimes.push(Math.max(0, Date.now() - loadedAt));
      const popup = await eb.browser.newPage();
      await popup.goto(eb.popupUrl(tabId), { waitUntil: 'domcontentloaded' });
      await popup.waitForSelector('[data-testid="verdict"][data-evidence="complete"]', { timeout: 10_000 });
      // Measured inside the popup: from its document's start to the verdict's performance mark.
      popupTimes.push(await popup.evaluate(() => performance.getEntriesByName('faultline:verdict')[0]?.startTime ?? -1));
      await popup.goto(`chrome-extension://${eb.extensionId}/blank.html`, { waitUntil: 'domcontentloaded' });
      blankTimes.push(await popup.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
      await popup.close();
      await page.close();
    }
  } finally {
    await eb.close();
    await gallery.close();
  }
  return { popupToVerdictMs: median(popupTimes), blankPageMs: median(blankTimes), badgeLatencyMs: median(badgeTimes), runs, sizes: extensionSizes() };
}
