// The worker's entry: wires browser APIs into the capture, the store, the badge and the message
// handlers. Every listener is registered synchronously at top level (the MV3 worker may be woken by
// any of them); no state lives only in memory.
import './zod-jitless'; // first: before any schema is built
import browser, { type Runtime } from 'webextension-polyfill';
import type { Locale } from '../engine/i18n/locale';
import { t, uiLocale } from '../shared/i18n';
import type { PopupState } from '../shared/popup-state';
import { badgeFor, iconPaths, type Badge } from './badge';
import { buildState, needsCollection } from './build-state';
import { openControlPageOnInstall } from './e2e-hooks';
import { registerCapture, type WebRequestApi } from './capture';
import { dispatch, type DispatchEnv } from './dispatch';
import { handlers, type HandlerContext } from './handlers';
import { WATCH_PORT } from '../shared/watch-port';
import { createTabStore, pageShowing } from './tab-store';

const store = createTabStore(browser.storage.session, setTimeout);
/**
 * The popup's state per tab, as last built (for the badge, usually), with the capture's version it
 * was built from: the popup gets a current answer without rebuilding an unchanged one.
 */
const stateCache = new Map<number, { url: string | undefined; locale: Locale; version: number; state: PopupState }>();

/** States that change with time alone ("reading the page…" turns into a verdict) are not reused. */
const TIME_DEPENDENT = (state: PopupState) => state.kind === 'loading' || (state.kind === 'failure' && state.pageEvidence === 'pending');

/** The state in a language: the popup's (it says which it shows), else the browser's. */
async function stateOf(tabId: number, locale: Locale = uiLocale()): Promise<PopupState> {
  const url = await tabUrl(tabId);
  const cached = stateCache.get(tabId);
  if (cached && cached.url === url && cached.locale === locale && cached.version === store.version(tabId) && !TIME_DEPENDENT(cached.state)) return cached.state;
  const state = buildState(tabId, url, await store.get(tabId), Date.now(), locale);
  // Read after the capture loaded and before anything else runs: the version of what was built.
  stateCache.set(tabId, { url, locale, version: store.version(tabId), state });
  return state;
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/** What each tab's action shows now: calls that would change nothing are skipped. */
const shown = new Map<number, Badge>();

async function applyBadge(tabId: number): Promise<void> {
  const badge = badgeFor(await stateOf(tabId), t);
  const before = shown.get(tabId);
  shown.set(tabId, badge);
  const calls: Promise<unknown>[] = [];
  if (badge.text !== before?.text) calls.push(browser.action.setBadgeText({ tabId, text: badge.text }));
  if (badge.color !== before?.color) calls.push(browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }));
  if (badge.title !== before?.title) calls.push(browser.action.setTitle({ tabId, title: badge.title }));
  // Decoding icons is the costliest call: the idle icon is the manifest's, so a tab that never
  // failed never needs one set.
  if (badge.icon !== (before?.icon ?? 'idle')) calls.push(browser.action.setIcon({ tabId, path: iconPaths(badge.icon) }));
  await Promise.all(calls).catch(() => shown.delete(tabId)); // the tab may be gone: forget what it showed
}

/**
 * Navigation resets a tab's action to the manifest's, at a moment that differs between browsers
 * (Chrome on commit, Firefox later): after any navigation event, what it showed is unknown.
 */
const forgetShown = (tabId: number) => shown.delete(tabId);

/** Many failing API calls in a burst: one badge update. */
const badgeTimers = new Map<number, ReturnType<typeof setTimeout>>();
function refreshBadge(tabId: number, delay = 50): Promise<void> {
  clearTimeout(badgeTimers.get(tabId));
  return new Promise((resolve) => {
    badgeTimers.set(tabId, setTimeout(() => {
      badgeTimers.delete(tabId);
      void applyBadge(tabId).finally(resolve);
    }, delay));
  });
}

/**
 * Built apart as one IIFE by vite.config.ts; injected only into a tab whose page failed. Absolute:
 * Firefox resolves a relative file against the calling page, Chrome against the extension root.
 */
const COLLECTOR_FILE = '/collector.js';

async function injectCollector(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [COLLECTOR_FILE] }).catch(() => undefined);
}

/** Injects the collector when the tab's shown page needs reading (needsCollection) and has not been read yet. */
async function collectIfMissing(tabId: number): Promise<void> {
  const tab = await store.get(tabId);
  const page = tab && pageShowing(tab, await tabUrl(tabId));
  if (page && needsCollection(page)) await injectCollector(tabId);
}

const chromeWebRequest = (globalThis as { chrome?: { webRequest?: { OnSendHeadersOptions?: Record<string, string> } } }).chrome?.webRequest;
registerCapture(browser.webRequest as unknown as WebRequestApi, store, {
  pageFailed: (tabId, _pageKey, readPage) => {
    void refreshBadge(tabId, 0);
    if (readPage) void injectCollector(tabId);
  },
  requestFailed: (tabId) => void refreshBadge(tabId),
  pageStarted: (tabId) => void refreshBadge(tabId, 0),
}, chromeWebRequest?.OnSendHeadersOptions?.EXTRA_HEADERS === 'extraHeaders');

browser.tabs.onRemoved.addListener((tabId) => {
  forgetShown(tabId);
  stateCache.delete(tabId);
  void store.remove(tabId);
});
// Chrome resets a tab's action state when a navigation commits, and back/forward shows an older
// page without new requests: recompute the badge whenever the tab's URL or load state changes.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url !== undefined || change.status !== undefined) {
    forgetShown(tabId);
    void refreshBadge(tabId, 0);
  }
  // Injecting at the main frame's onCompleted can land in the outgoing document (a new tab's
  // about:blank): try again once the failed page has loaded. The collector runs at most once.
  if (change.status === 'complete') void collectIfMissing(tabId);
});

function randomKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function browserInfo(): { name: string; version: string } {
  const match = /(Firefox|Edg|Chrome)\/([\d.]+)/.exec(navigator.userAgent);
  return { name: match?.[1] === 'Edg' ? 'Edge' : match?.[1] ?? 'Browser', version: match?.[2] ?? '' };
}

const context: HandlerContext = {
  store,
  tabUrl,
  stateOf,
  collectIfMissing,
  refreshBadge: (tabId) => refreshBadge(tabId, 0),
  exportOptions: ({ includeSensitive, showClientIp, keep, locale }) => ({
    includeSensitive, showClientIp, keep, now: new Date(), randomKey: randomKey(), browser: browserInfo(), locale: locale ?? uiLocale(),
  }),
};

const dispatchEnv: DispatchEnv = { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL(''), handlers, context };
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => dispatch(raw, sender, dispatchEnv));
// The popup holds this port open while it waits: if this worker is stopped, the port closes and
// the popup asks again. Only the extension's own pages may hold one.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== WATCH_PORT || !port.sender?.url?.startsWith(dispatchEnv.extensionOrigin)) port.disconnect();
});

// Every listener is registered by now. The store builds carry no readiness flag or message: the
// e2e suites and the demo ask the browser itself whether the listeners exist (launch-browser.ts),
// and Firefox's test build opens its control page only from here (e2e-hooks.ts).
// Firefox e2e build only (see e2e-hooks.ts); false, and dropped, in every store build.
if (__FAULTLINE_E2E__) openControlPageOnInstall();
