// The extension in a real Chromium: popup open → verdict rendered, badge latency after a failed
// page loads, and the size of every part (minified + gzip).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startGallery } from '../harness/gallery-server';
import { DIST_CHROME, launchWithExtension } from '../harness/launch-browser';
import { median } from './measure';

export interface ExtensionBench {
  popupToVerdictMs: number;
  /** Medians of the popup's own marks: its code evaluated, the worker's first answer received. */
  popupSplitMs: { codeLoaded: number; answered: number };
  /** Peers in the same browser: a page with one tiny script, its mark when the script ran. */
  oneScriptPageMs: number;
  /** The same browser, same run: an empty extension page's DOMContentLoaded (the floor). */
  blankPageMs: number;
  badgeLatencyMs: number;
  runs: number;
  /** popup: everything opening a failure's popup loads; popupFirst: its entry, which asks the worker before the rest loads. */
  sizes: { collector: number; popup: number; popupFirst: number; worker: number; packageZip: number };
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * A built file and every file it loads: scripts, preloads and styles of HTML, static imports of JS,
 * and with `lazy` the chunks it imports on demand too (`import(…)`, and the dependency list Vite's
 * preload helper keeps as dist-relative "assets/…" names).
 */
function loadedBy(entry: string, lazy = false): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(DIST_CHROME, file), 'utf8');
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) visit(m[1]!.startsWith('/') ? m[1]!.slice(1) : join(dirname(file), m[1]!));
      return;
    }
    for (const m of text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) visit(join(dirname(file), m[1]!));
    if (!lazy) return;
    for (const m of text.matchAll(/import\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)) visit(join(dirname(file), m[1]!));
    for (const m of text.matchAll(/["'](assets\/[^"']+\.(?:js|css))["']/g)) visit(m[1]!);
  };
  visit(entry);
  return seen;
}

export function extensionSizes(): ExtensionBench['sizes'] {
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gz(join(DIST_CHROME, f)), 0);
  const zip = readdirSync(join(DIST_CHROME, '..')).find((f) => f.startsWith('faultline-chrome-') && f.endsWith('.zip'));
  return {
    collector: sum(['collector.js']),
    // Everything opening the popup loads, chunks shared with the worker and chunks loaded after
    // the verdict included; and the part it needs to draw the verdict.
    popup: sum(loadedBy('src/popup/index.html', true)),
    popupFirst: sum(loadedBy('src/popup/index.html')),
    worker: sum(loadedBy('service-worker-loader.js')),
    packageZip: zip ? statSync(join(DIST_CHROME, '..', zip)).size : -1,
  };
}

/**
 * A copy of the build with two peer pages the package does not ship: an empty page, and a page whose
 * only content is one tiny script. Every extension page pays what they pay before its own work.
 */
function buildWithPeers(): string {
  const dist = mkdtempSync(join(tmpdir(), 'faultline-bench-dist-'));
  cpSync(DIST_CHROME, dist, { recursive: true });
  writeFileSync(join(dist, 'peer-blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>peer</title></head><body></body></html>');
  writeFileSync(join(dist, 'peer-one-script.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>peer</title><script type="module" src="/peer-one-script.js"></script></head><body></body></html>');
  writeFileSync(join(dist, 'peer-one-script.js'), "performance.mark('peer:script-ran');\n");
  return dist;
}

export async function benchExtension(runs = 10): Promise<ExtensionBench> {
  const gallery = await startGallery();
  const dist = buildWithPeers();
  const eb = await launchWithExtension({ dist });
  const popupTimes: number[] = [];
  const codeTimes: number[] = [];
  const answerTimes: number[] = [];
  const blankTimes: number[] = [];
  const oneScriptTimes: number[] = [];
  const badgeTimes: number[] = [];
  try {
    const fixture = gallery.pages.find((p) => p.folder === 'cloudflare' && p.name === '521-web-server-down-legacy-design')!;
    for (let i = 0; i < runs; i++) {
      const url = `${gallery.pageUrl(fixture)}?run=${i}`;
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
      const marks = await popup.evaluate(() => ['faultline:code-loaded', 'faultline:answered', 'faultline:verdict'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? -1));
      codeTimes.push(marks[0]!);
      answerTimes.push(marks[1]!);
      popupTimes.push(marks[2]!);
      await popup.close();
      // The peers, each in a fresh tab like the popup.
      const blank = await eb.browser.newPage();
      await blank.goto(`chrome-extension://${eb.extensionId}/peer-blank.html`, { waitUntil: 'domcontentloaded' });
      blankTimes.push(await blank.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
      await blank.close();
      const oneScript = await eb.browser.newPage();
      await oneScript.goto(`chrome-extension://${eb.extensionId}/peer-one-script.html`, { waitUntil: 'load' });
      oneScriptTimes.push(await oneScript.evaluate(() => performance.getEntriesByName('peer:script-ran')[0]!.startTime));
      await oneScript.close();
      await page.close();
    }
  } finally {
    await eb.close();
    await gallery.close();
    rmSync(dist, { recursive: true, force: true });
  }
  return {
    popupToVerdictMs: median(popupTimes), popupSplitMs: { codeLoaded: median(codeTimes), answered: median(answerTimes) },
    blankPageMs: median(blankTimes), oneScriptPageMs: median(oneScriptTimes), badgeLatencyMs: median(badgeTimes), runs, sizes: extensionSizes() };
}
