// Test-only, compiled into `vite build --mode firefox-e2e` (dist/firefox-e2e) and nothing else: the
// store builds define __FAULTLINE_E2E__ as false and the call site is dropped with its branch.
// WebDriver BiDi refuses to navigate to moz-extension:// URLs, so the worker opens one extension
// page itself; the Firefox e2e suite drives tabs, badges and popups from that page.
import browser from 'webextension-polyfill';

export const CONTROL_PAGE = 'src/popup/index.html?tabId=0&control=1';

export function openControlPageOnInstall(): void {
  // onInstalled, not top-level code: a suspended background that wakes up again opens no new tab.
  browser.runtime.onInstalled.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL(CONTROL_PAGE), active: false });
  });
}
