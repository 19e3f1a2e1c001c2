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
