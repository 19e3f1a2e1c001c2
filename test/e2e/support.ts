// Helpers for driving the extension: find a tab's id, read its badge, open its popup, wait on
// conditions (never sleep).
import type { Page } from 'puppeteer';
import { badgeOf, stateOf, tabIdOf } from '../../src/demo/extension-page';
import { until, type ExtensionBrowser } from '../../src/demo/launch-browser';

export async function waitForBadge(eb: ExtensionBrowser, tabId: number, want: (text: string) => boolean) {
  return until('the badge', async () => {
    const badge = await badgeOf(eb.control, tabId);
    return want(badge.text) ? badge : undefined;
  });
}

export async function openPopup(eb: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await eb.browser.newPage();
  await popup.goto(eb.popupUrl(tabId));
  await popup.waitForSelector('[data-testid="verdict"]:not([data-evidence="pending"])', { timeout: 15_000 });
  return popup;
}

export async function verdictOf(popup: Page): Promise<Record<string, string | undefined>> {
  return popup.$eval('[data-testid="verdict"]', (el) => ({ ...(el as HTMLElement).dataset }));
}

export { badgeOf, stateOf, tabIdOf, until };

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
