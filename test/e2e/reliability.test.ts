// What a long browsing session does to the extension: a browser restart, fifty tabs failing at
// once, one tab navigated a hundred times, and a redirect into a failure. Memory stays bounded and
// no failure is lost. (The worker stopped during an export: worker-death.test.ts.)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GalleryPage } from '../../harness/fixtures';
import { pageHost, pagePath } from '../../harness/gallery-server';
import { launchWithExtension } from '../../harness/launch-browser';
import { MAX_PAGES_PER_TAB } from '../../src/shared/limits';
import type { PopupState } from '../../src/shared/popup-state';
import { openPopup, sessionBytes, settledState, storedPages, tabIdOf, tabIdsOf, until, verdictOf, waitForBadge, waitUntilPersisted, withGalleryAndBrowser } from './support';

const env = withGalleryAndBrowser(() => launchWithExtension());

/** Distinct vendor pages with a 5xx status, one per vendor first, then round again. */
function failingPages(count: number): GalleryPage[] {
  const byVendor = new Map<string, GalleryPage[]>();
  for (const p of env.gallery.pages) {
    if (p.status < 500 || p.expect.generator === 'none' || p.expect.generator === 'unknown') continue;
    byVendor.set(p.folder, [...(byVendor.get(p.folder) ?? []), p]);
  }
  const lists = [...byVendor.values()];
  const picked: GalleryPage[] = [];
  for (let round = 0; picked.length < count; round++) {
    if (lists.every((list) => round >= list.length)) throw new Error(`fewer than ${count} failing vendor pages`);
    for (const list of lists) if (round < list.length && picked.length < count) picked.push(list[round]!);
  }
  return picked;
}

const settled = (tabId: number, url: string) => settledState(env.eb.control, tabId, url, 30_000);
const generatorOf = (s: PopupState) => (s.kind === 'failure' ? s.diagnosis.generator : s.kind);

describe('a redirect into a failure', () => {
  it('keeps one page, with the 302 hop and the failed page after it', async () => {
    const page = await env.eb.browser.newPage();
    const target = failingPages(1)[0]!;
    // The redirect stays on one host: the gallery's fixture paths work on any of its names.
    const start = env.gallery.url(`/redirect?to=${encodeURIComponent(pagePath(target))}`, pageHost(target));
    await page.goto(start);
    const tabId = await tabIdOf(env.eb.control, env.gallery.pageUrl(target));
    await waitForBadge(env.eb, tabId, (text) => text === String(target.status));
    const state = await settled(tabId, env.gallery.pageUrl(target));
    expect(generatorOf(state)).toBe(target.expect.generator);
    expect(state.kind === 'failure' && state.requestCount).toBeGreaterThanOrEqual(2);
    await waitUntilPersisted(env.eb, tabId);
    expect((await storedPages(env.eb, tabId))!.map((p) => p.url)).toEqual([env.gallery.pageUrl(target)]);
    await page.close();
  });
});

describe('fifty tabs at once', () => {
  it('gives every tab its own verdict, and stays within its storage bound', async () => {
    const targets = failingPages(50);
    const tabs = await Promise.all(targets.map(async (target) => {
      const page = await env.eb.browser.newPage();
      // Some block pages redirect themselves by script: scripts stay off, as in the gallery sweep.
      await page.setJavaScriptEnabled(false);
      await page.goto(env.gallery.pageUrl(target)).catch(() => undefined);
      return { page, target };
    }));
    const ids = new Set<number>();
    const wrong: string[] = [];
    for (const { target } of tabs) {
      const tabIds = await tabIdsOf(env.eb.control, env.gallery.pageUrl(target));
      expect(tabIds).toHaveLength(1);
      ids.add(tabIds[0]!);
      const state = await settled(tabIds[0]!, env.gallery.pageUrl(target));
      if (generatorOf(state) !== target.expect.generator) wrong.push(`${target.folder}/${target.name}: ${generatorOf(state)}`);
    }
    expect(wrong).toEqual([]);
    expect(ids.size).toBe(50);
    // storage.session holds 10 MB in Chrome: the capture of fifty failing tabs is far below it.
    expect(await sessionBytes(env.eb)).toBeLessThan(2 * 1024 * 1024);
    await Promise.all(tabs.map(({ page }) => page.close()));
    // Closed tabs leave nothing behind.
    await until('storage to empty', async () => (await sessionBytes(env.eb)) === 0);
  }, 240_000);
});

describe('one tab navigated a hundred times', () => {
  it('keeps a bounded history, and the verdict of every failing page it shows', async () => {
    const page = await env.eb.browser.newPage();
    await page.setJavaScriptEnabled(false); // block pages that redirect themselves by script
    const failing = failingPages(20);
    const stops = Array.from({ length: 100 }, (_, i) =>
      i % 4 === 3 ? { url: env.gallery.url('/healthy'), generator: 'healthy' } : { url: env.gallery.pageUrl(failing[i % failing.length]!), generator: failing[i % failing.length]!.expect.generator });
    await page.goto(env.gallery.url('/healthy'));
    const tabId = await tabIdOf(env.eb.control, env.gallery.url('/healthy'));
    const wrong: string[] = [];
    for (const [i, stop] of stops.entries()) {
      await page.goto(stop.url).catch(() => undefined);
      // Every tenth stop, and the last: the verdict is the page's own, not an older page's.
      if (i % 10 === 9 || i === stops.length - 1) {
        const state = await settled(tabId, stop.url);
        if (generatorOf(state) !== stop.generator) wrong.push(`stop ${i}: ${generatorOf(state)} for ${stop.url}`);
      }
    }
    expect(wrong).toEqual([]);
    const stored = await until('the history to be written', async () => {
      const pages = await storedPages(env.eb, tabId);
      return pages?.at(-1)?.url === stops.at(-1)!.url ? pages : undefined;
    });
    expect(stored.length).toBeLessThanOrEqual(MAX_PAGES_PER_TAB);
    expect(await sessionBytes(env.eb)).toBeLessThan(1024 * 1024);
    await page.close();
  }, 240_000);
});

describe('a browser restart', () => {
  it('starts clean with the same profile, and diagnoses the next failure', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'faultline-restart-'));
    const [first, second] = failingPages(2);
    let browser = await launchWithExtension({ profileDir });
    let page = await browser.browser.newPage();
    await page.goto(env.gallery.pageUrl(first!));
    let tabId = await tabIdOf(browser.control, env.gallery.pageUrl(first!));
    await waitForBadge(browser, tabId, (text) => text === String(first!.status));
    await browser.close();

    browser = await launchWithExtension({ profileDir });
    try {
      // storage.session is emptied with the browser: nothing from before the restart is shown.
      expect(await sessionBytes(browser)).toBe(0);
      page = await browser.browser.newPage();
      await page.goto(env.gallery.pageUrl(second!));
      tabId = await tabIdOf(browser.control, env.gallery.pageUrl(second!));
      await waitForBadge(browser, tabId, (text) => text === String(second!.status));
      const popup = await openPopup(browser, tabId);
      expect(await verdictOf(popup)).toMatchObject({ generator: second!.expect.generator });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
