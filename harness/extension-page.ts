// Driving the extension from one of its own pages (chrome.tabs, chrome.action, runtime messages),
// for the demo's headless tour and the end-to-end tests alike.
import type { Page } from 'puppeteer';
import type { PopupState } from '../src/shared/popup-state';
import { until } from './launch-browser';

interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

/** Every tab showing `url` now, newest first (tab ids grow). */
export async function tabIdsOf(control: Page, url: string): Promise<number[]> {
  return control.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({});
    return tabs.filter((t) => t.url === u && t.id !== undefined).map((t) => t.id!).sort((a, b) => b - a);
  }, url);
}

/** The newest tab showing `url`, once it exists. */
export async function tabIdOf(control: Page, url: string): Promise<number> {
  return until(`the tab of ${url}`, async () => (await tabIdsOf(control, url))[0]);
}

export async function badgeOf(control: Page, tabId: number): Promise<{ text: string; title: string }> {
  return control.evaluate(async (id) => {
    const { action } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

/** Asks the worker for a tab's state from an extension page, as the popup does. */
export async function stateOf(extensionPage: Page, tabId: number): Promise<PopupState> {
  return extensionPage.evaluate((id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({ type: 'popup/state', tabId: id }), tabId) as Promise<PopupState>;
}
