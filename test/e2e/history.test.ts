// The site error history, end to end in Chromium and Firefox: a second visit to a failing page
// shows it in the popup; switching it off in the options page stops recording; "Clear history"
// empties it. In Chromium, a build allowed in incognito ("spanning", so its worker does see the
// private tab) still records nothing of it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { DIST_CHROME, launchWithExtension } from '../../harness/launch-browser';
import { buildFirefoxE2e, launchFirefoxWithExtension } from '../../harness/launch-firefox';
import { HISTORY_ON_KEY, siteKey } from '../../src/shared/history-keys';
import type { PopupState } from '../../src/shared/popup-state';
import { openPopup, settledState, until, verdictShown, visit, withGalleryAndBrowser } from './support';

const NGINX_502 = { folder: 'nginx', name: '502-php-fpm-down' };
const CLOUDFLARE_521 = { folder: 'cloudflare', name: '521-web-server-down-legacy-design' };
const OPTIONS_PATH = 'src/options/options.html';

interface Driven { browser: Browser; control: Page }
type LocalArea = { storage: { local: { get(k: string | null): Promise<Record<string, unknown>> } } };

/** The events stored for a site (origin), as the worker last wrote them. */
const storedEvents = (eb: Driven, site: string) => eb.control.evaluate(async (key) => {
  const api = (globalThis as unknown as { browser?: LocalArea; chrome?: LocalArea });
  const value = (await (api.browser ?? api.chrome)!.storage.local.get(key))[key] as { events?: unknown[] } | undefined;
  return value?.events?.length ?? 0;
}, siteKey(site));

/** When each stored load of a site started. */
const storedTimes = (eb: Driven, site: string) => eb.control.evaluate(async (key) => {
  const api = (globalThis as unknown as { browser?: LocalArea; chrome?: LocalArea });
  const value = (await (api.browser ?? api.chrome)!.storage.local.get(key))[key] as { events?: { at: number }[] } | undefined;
  return (value?.events ?? []).map((e) => e.at);
}, siteKey(site));

/** Whether the history switch is stored as `on`. */
const switchStored = (eb: Driven, on: boolean) => eb.control.evaluate(async (key, want) => {
  const api = (globalThis as unknown as { browser?: LocalArea; chrome?: LocalArea });
  return ((await (api.browser ?? api.chrome)!.storage.local.get(key))[key] !== false) === want;
}, HISTORY_ON_KEY, on);

const storedKeys = (eb: Driven) => eb.control.evaluate(async () => {
  const api = (globalThis as unknown as { browser?: LocalArea; chrome?: LocalArea });
  return Object.keys(await (api.browser ?? api.chrome)!.storage.local.get(null));
});

/** Loads `url` in a new tab until the worker has a settled verdict for it (which records the load); closes it. */
async function load(eb: Driven, url: string): Promise<PopupState> {
  const { page, tabId } = await visit(eb, url);
  const state = await settledState(eb.control, tabId, url, 20_000);
  await page.close();
  return state;
}

/** Loads `url` once more and waits until its site holds `count` events. */
async function loadUntil(eb: Driven, url: string, count: number): Promise<void> {
  await load(eb, url);
  await until(`${count} stored events for ${url}`, async () => (await storedEvents(eb, new URL(url).origin)) === count);
}

interface Suite {
  eb(): Driven;
  gallery(): { pageUrl(p: { folder: string; name: string }): string };
  openPopup(tabId: number): Promise<Page>;
  openOptions(): Promise<Page>;
}

function describeHistory(browserName: string, s: Suite) {
  describe(`the site error history in ${browserName}`, () => {
    it('shows the history on a second visit to a failing page', async () => {
      const url = s.gallery().pageUrl(NGINX_502);
      await loadUntil(s.eb(), url, 1);
      const { page, tabId } = await visit(s.eb(), url);
      await settledState(s.eb().control, tabId, url, 20_000);
      const popup = await s.openPopup(tabId);
      const history = await popup.waitForSelector('[data-testid="history"]', { timeout: 15_000 });
      const data = await history!.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
      expect(Number(data.count)).toBeGreaterThanOrEqual(2);
      expect(Number(data.failed)).toBe(Number(data.count));
      expect(Number(data.firstSeen)).toBeGreaterThan(Date.now() - 10 * 60_000);
      expect(Number(data.firstSeen)).toBeLessThanOrEqual(Date.now());
      expect(await history!.evaluate((el) => el.textContent)).toContain('Every load failed');
      await popup.close();
      await page.close();
    });

    it('records nothing while switched off in the options page, and clearing empties it', async () => {
      const url = s.gallery().pageUrl(CLOUDFLARE_521);
      const site = new URL(url).origin;
      await loadUntil(s.eb(), url, 1);
      const options = await s.openOptions();
      await options.waitForSelector('body[data-ready="true"]');
      const toggle = await options.$('#history-on');
      expect(await toggle!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
      // The switch has a label a screen reader reads.
      expect(await options.$eval('label[for="history-on"]', (el) => el.textContent)).toBe("Keep this browser's error history per site");
      await toggle!.click();
      await until('the switch to be stored off', () => switchStored(s.eb(), false));
      // Off: a settled load adds nothing (the next load, once on again, is the second event, not the third).
      const offStart = Date.now();
      const offLoad = await load(s.eb(), url);
      expect(offLoad.kind === 'failure' && offLoad.history).toBeUndefined();
      const offEnd = Date.now();
      await toggle!.click();
      await until('the switch to be stored on', () => switchStored(s.eb(), true));
      await loadUntil(s.eb(), url, 2);
      expect((await storedTimes(s.eb(), site)).filter((at) => at >= offStart && at <= offEnd)).toEqual([]);
      // The options page counts what is stored, then clears it.
      const size = await options.waitForSelector('[data-testid="history-size"]:not([data-events="0"])');
      expect(Number(await size!.evaluate((el) => (el as HTMLElement).dataset.events))).toBeGreaterThanOrEqual(2);
      await options.click('[data-testid="history-clear"]');
      await options.waitForSelector('[data-testid="history-size"][data-sites="0"][data-events="0"]');
      expect((await storedKeys(s.eb())).filter((k) => k.startsWith('history:site:') || k === 'history:index')).toEqual([]);
      expect(await storedEvents(s.eb(), site)).toBe(0);
      // And the worker does not write back what it had cached: the next load is the first event again.
      await loadUntil(s.eb(), url, 1);
      await options.close();
    });
  });
}

describe('Chromium', () => {
  const env = withGalleryAndBrowser(() => launchWithExtension());
  describeHistory('Chromium', {
    eb: () => env.eb,
    gallery: () => env.gallery,
    openPopup: (tabId) => openPopup(env.eb, tabId),
    openOptions: async () => {
      const page = await env.eb.browser.newPage();
      await page.goto(`chrome-extension://${env.eb.extensionId}/${OPTIONS_PATH}`);
      return page;
    },
  });
});

describe('Firefox', () => {
  const env = withGalleryAndBrowser(() => launchFirefoxWithExtension({ dist: buildFirefoxE2e() }));
  describeHistory('Firefox', {
    eb: () => env.eb,
    gallery: () => env.gallery,
    openPopup: async (tabId) => verdictShown(await env.eb.openPopupPage(tabId)),
    openOptions: async () => {
      // BiDi cannot navigate to moz-extension://: the extension opens its own options page.
      await env.eb.control.evaluate(() => (globalThis as unknown as { browser: { runtime: { openOptionsPage(): Promise<void> } } }).browser.runtime.openOptionsPage());
      const url = `moz-extension://${env.eb.extensionId}/${OPTIONS_PATH}`;
      return until('the options page', async () => {
        for (const page of await env.eb.browser.pages()) {
          if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
        }
        return undefined;
      });
    },
  });
});

/** dist/chrome allowed to run in incognito windows, sharing the regular profile's worker ("spanning"). */
function spanningBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-history-spanning-'));
  cpSync(DIST_CHROME, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, incognito: 'spanning' }));
  return dir;
}

describe('Chromium, a private window', () => {
  const env = withGalleryAndBrowser(() => launchWithExtension({ dist: spanningBuild(), allowIncognito: true }));

  it('keeps no history of a private tab, even in a build its worker sees it from', async () => {
    const url = env.gallery.pageUrl(NGINX_502);
    const context = await env.eb.browser.createBrowserContext();
    const privatePage = await context.newPage();
    await privatePage.goto(url).catch(() => undefined);
    // The worker sees the private tab and diagnoses it (so its state was built, the moment a load is recorded)…
    const privateTab = await until('the private tab', async () => env.eb.control.evaluate(async (u) => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string; incognito: boolean }[]> } } }).chrome.tabs.query({});
      return tabs.find((t) => t.incognito && t.url === u)?.id;
    }, url));
    expect((await settledState(env.eb.control, privateTab, url, 20_000)).kind).toBe('failure');
    await context.close();
    // …then a regular visit is recorded, and it is the site's only event.
    await loadUntil(env.eb, url, 1);
    expect(await storedEvents(env.eb, new URL(url).origin)).toBe(1);
  });
});
