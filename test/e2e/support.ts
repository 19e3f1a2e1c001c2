// Helpers for driving the extension in Chromium and Firefox: a gallery and a browser per test file,
// visiting a page, its tab's badge and state, the popup, downloads; waiting on conditions (never
// sleeping).
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll } from 'vitest';
import { badgeOf, stateOf, tabIdOf, tabIdsOf } from '../../harness/extension-page';
import { startGallery, type Gallery } from '../../harness/gallery-server';
import { until, type ExtensionBrowser } from '../../harness/launch-browser';
import { isSettled, type PopupState } from '../../src/shared/popup-state';

/** What the helpers need of a launched browser, in Chromium or Firefox. */
interface Driven { browser: Browser; control: Page }

/** Starts the error gallery and `launch`'s browser before the file's tests, and stops both after. */
export function withGalleryAndBrowser<B extends { close(): Promise<void> }>(launch: () => Promise<B>): { gallery: Gallery; eb: B } {
  const env = {} as { gallery: Gallery; eb: B };
  beforeAll(async () => {
    env.gallery = await startGallery();
    env.eb = await launch();
  });
  afterAll(async () => {
    await env.eb?.close();
    await env.gallery?.close();
  });
  return env;
}

const BROWSER_ERROR_PAGE = /^(chrome-error:|about:neterror)/;

/**
 * Navigates an open tab to `url` and waits until the tab shows it. A fixture that reloads itself
 * (`<meta http-equiv="refresh" content="0">`, which runs with scripts off) can win the race against
 * the next navigation and leave the tab where it was; then the navigation is made again.
 */
export async function navigate(tab: Page, url: string, tries = 3): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    await tab.goto(url).catch(() => undefined); // a reset connection rejects goto
    // An answer the browser shows its own error page for (an empty 5xx) has landed too.
    if (tab.url() === url || BROWSER_ERROR_PAGE.test(tab.url())) return;
  }
  throw new Error(`the tab did not stay on ${url} (it shows ${tab.url()})`);
}

/** Opens `url` in a new tab; its page and tab id. */
export async function visit(eb: Driven, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await eb.browser.newPage();
  await page.goto(url).catch(() => undefined); // a reset connection rejects goto
  return { page, tabId: await tabIdOf(eb.control, url) };
}

export async function waitForBadge(eb: { control: Page }, tabId: number, want: (text: string) => boolean) {
  return until('the badge', async () => {
    const badge = await badgeOf(eb.control, tabId);
    return want(badge.text) ? badge : undefined;
  });
}

/** The state of a tab showing `url` once it has settled: loaded, and the page's evidence read. */
export async function settledState(control: Page, tabId: number, url: string, timeoutMs?: number): Promise<PopupState> {
  return until(`the state of tab ${tabId}`, async () => {
    const s = await stateOf(control, tabId);
    const settled = s.kind !== 'unsupported' && s.url === url && isSettled(s);
    return settled ? s : undefined;
  }, timeoutMs);
}

/**
 * The path of a completed download ending in `extension` whose file name was not in `before`, as
 * the browser's downloads API reports it. Both browsers may create the file (empty, or partly
 * written) before the download completes, so the directory alone cannot tell when it is done.
 */
export async function completedDownload(eb: { control: Page }, extension: string, before: Set<string>): Promise<string> {
  return until(`a completed ${extension} download`, () => eb.control.evaluate(async (ext, seen) => {
    const api = (globalThis as unknown as { chrome?: DownloadsHost; browser?: DownloadsHost });
    const { downloads } = (api.browser ?? api.chrome)!;
    return (await downloads.search({ state: 'complete' })).map((d) => d.filename)
      .find((f) => f.endsWith(ext) && !seen.includes(f.split(/[\\/]/).pop()!));
  }, extension, [...before]));
}

type DownloadsHost = { downloads: { search(q: object): Promise<{ filename: string }[]> } };

/**
 * The popup, once it shows a settled verdict (not "loading" or "reading the page…") and the rest of
 * it (its second script: nothing is marked busy), in either browser.
 */
export async function verdictShown(popup: Page): Promise<Page> {
  try {
    await popup.waitForSelector('[data-testid="verdict"][data-settled="true"]', { timeout: 15_000 });
    await popup.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, { timeout: 15_000 });
  } catch (error) {
    // What the popup showed instead tells a slow worker ("reading the page…") from a lost answer.
    const shown = await popup.evaluate(() => ({
      verdict: { ...(document.querySelector<HTMLElement>('[data-testid="verdict"]')?.dataset ?? {}) },
      text: document.getElementById('app')?.textContent?.slice(0, 300),
    })).catch(() => undefined);
    throw new Error(`the popup showed no settled verdict: ${JSON.stringify(shown)}`, { cause: error });
  }
  return popup;
}

export async function openPopup(eb: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await eb.browser.newPage();
  await popup.goto(eb.popupUrl(tabId));
  return verdictShown(popup);
}

export async function verdictOf(popup: Page): Promise<Record<string, string | undefined>> {
  return popup.$eval('[data-testid="verdict"]', (el) => ({ ...(el as HTMLElement).dataset }));
}

export { badgeOf, stateOf, tabIdOf, tabIdsOf, until };

interface SessionApi { get(k: string): Promise<Record<string, string | undefined>>; getBytesInUse(k: null): Promise<number> }
type WithSession = { chrome: { storage: { session: SessionApi } } };

export interface StoredPage { key: string; url: string; collected?: object; chunks: number[] }

/** A tab's page list as the worker last wrote it to storage.session (what a new worker reads). */
export async function storedPages(eb: ExtensionBrowser, tabId: number): Promise<StoredPage[] | undefined> {
  const text = await eb.control.evaluate(async (id) => (await (globalThis as unknown as WithSession).chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
  return text ? (JSON.parse(text) as { pages: StoredPage[] }).pages : undefined;
}

/** Waits until the tab's capture is in storage.session: by default, with a failed page's evidence. */
export async function waitUntilPersisted(eb: ExtensionBrowser, tabId: number, done = (pages: StoredPage[]) => pages.some((p) => p.collected !== undefined)): Promise<void> {
  await until('the capture to be persisted', async () => done((await storedPages(eb, tabId)) ?? []));
}

/** Bytes the extension holds in storage.session, across all tabs. */
export async function sessionBytes(eb: ExtensionBrowser): Promise<number> {
  return eb.control.evaluate(() => (globalThis as unknown as WithSession).chrome.storage.session.getBytesInUse(null));
}
