// Helpers for driving the extension: find a tab's id, read its badge, open its popup, wait on
// conditions (never sleep).
import type { Page } from 'puppeteer';
import { until, type ExtensionBrowser } from '../../src/demo/launch-browser';
import type { PopupState } from '../../src/shared/popup-state';

interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

export async function tabIdOf(control: Page, url: string): Promise<number> {
  return until(`the tab of ${url}`, () => control.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({});
    // The newest tab showing the URL: ids grow.
    return tabs.filter((t) => t.url === u && t.id !== undefined).map((t) => t.id!).sort((a, b) => b - a)[0];
  }, url));
}

export async function badgeOf(control: Page, tabId: number): Promise<{ text: string; title: string }> {
  return control.evaluate(async (id) => {
    const { action } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

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

/** Asks the worker for a tab's state from an extension page, as the popup does. */
export async function stateOf(extensionPage: Page, tabId: number): Promise<PopupState> {
  return extensionPage.evaluate((id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({ type: 'popup/state', tabId: id }), tabId) as Promise<PopupState>;
}

export { until };
