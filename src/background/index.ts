// The worker's entry: wires browser APIs into the capture, the store, the state cache, the badge,
// the collector, the popups' watch ports and the message handlers. Every listener is registered
// synchronously at top level (the MV3 worker may be woken by any of them); no state lives only in
// memory.
import './zod-jitless'; // first: before any schema is built
import browser, { type Runtime } from 'webextension-polyfill';
import { answeringNode } from '../engine/probe-sample';
import { t, uiLocale } from '../shared/i18n';
import { STATE_PORT, WATCH_PORT } from '../shared/watch-port';
import { registerAnalyzerMenu } from './analyzer-menu';
import { badgeFor } from './badge';
import { createBadgeDisplay } from './badge-display';
import { registerCapture, type WebRequestApi } from './capture';
import { createCollectorInjection } from './collector-injection';
import { dispatch, type DispatchEnv } from './dispatch';
import { openControlPageOnInstall } from './e2e-hooks';
import { exportOptionsFor } from './export-options';
import { handlers } from './handlers';
import { createProbes } from './probe';
import { createHistory } from './history';
import { createStateCache } from './state-cache';
import { createStateWatchers, type StatePort } from './state-watchers';
import { createTabStore } from './store';
import { createTabHistory } from './tab-history';

const store = createTabStore(browser.storage.session, setTimeout);
registerAnalyzerMenu(browser, t('analyzerOpenPage'));

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

// The site error history (storage.local, history.ts): never for private tabs, off when the user says.
const history = createHistory({ area: browser.storage.local });
browser.storage.onChanged.addListener((changes, area) => area === 'local' && history.storageChanged(changes));
const tabHistory = createTabHistory({
  history,
  isPrivate: async (tabId) => (await browser.tabs.get(tabId)).incognito,
  // The node id the answer's headers name (X-Served-By, a CF-Ray's colo, an EagleId's host…), as the probe reads it.
  nodeOf: (headers) => answeringNode(headers.map(({ name, value }) => ({ name, value: value ?? '' }))),
});
const states = createStateCache({ store, tabUrl, defaultLocale: uiLocale, now: Date.now, history: tabHistory });
const collector = createCollectorInjection({ scripting: browser.scripting, store, tabUrl });
const watchers = createStateWatchers({ stateOf: states.stateOf, stillUnsettled: (tabId) => void collector.collectIfMissing(tabId) });
const badges = createBadgeDisplay({
  action: browser.action,
  badgeOf: async (tabId) => badgeFor(await states.stateOf(tabId), t),
  // The badge's rebuild is the moment the tab's state may have changed: open popups hear of it then.
  onApplied: (tabId) => void watchers.push(tabId),
});

const chromeWebRequest = (globalThis as { chrome?: { webRequest?: { OnSendHeadersOptions?: Record<string, string> } } }).chrome?.webRequest;
registerCapture(browser.webRequest as unknown as WebRequestApi, store, {
  pageFailed: (tabId, _pageKey, readPage) => {
    void badges.refresh(tabId, 0);
    if (readPage) void collector.inject(tabId);
  },
  requestFailed: (tabId) => void badges.refresh(tabId),
  pageStarted: (tabId) => void badges.refresh(tabId, 0),
}, chromeWebRequest?.OnSendHeadersOptions?.EXTRA_HEADERS === 'extraHeaders');

browser.tabs.onRemoved.addListener((tabId) => {
  badges.forget(tabId);
  states.forget(tabId);
  void store.remove(tabId);
});
// Chrome resets a tab's action state when a navigation commits, and back/forward shows an older
// page without new requests: recompute the badge whenever the tab's URL or load state changes.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url !== undefined || change.status !== undefined) {
    badges.forget(tabId);
    void badges.refresh(tabId, 0);
  }
  // Injecting at the main frame's onCompleted can land in the outgoing document (a new tab's
  // about:blank): try again once the failed page has loaded. The collector runs at most once.
  if (change.status === 'complete') void collector.collectIfMissing(tabId);
});

const tabChanged = (tabId: number) => badges.refresh(tabId, 0);
const probes = createProbes({ store, tabUrl, tabChanged });

const dispatchEnv: DispatchEnv = {
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  handlers,
  context: {
    store,
    tabUrl,
    stateOf: states.stateOf,
    collectIfMissing: collector.collectIfMissing,
    tabChanged,
    exportOptions: (choice) => exportOptionsFor(choice, navigator.userAgent, uiLocale()),
    probes,
  },
};
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => dispatch(raw, sender, dispatchEnv));
// Only the extension's own pages may hold a port. WATCH_PORT is held while a request waits: if this
// worker is stopped, it closes and the popup asks again. STATE_PORT is held while a popup is open:
// the tab's state is pushed over it.
browser.runtime.onConnect.addListener((port) => {
  if (!port.sender?.url?.startsWith(dispatchEnv.extensionOrigin)) port.disconnect();
  else if (port.name === STATE_PORT) watchers.accept(port as unknown as StatePort);
  else if (port.name !== WATCH_PORT) port.disconnect();
});

// Every listener is registered by now. The store builds carry no readiness flag or message: the
// e2e suites and the demo ask the browser itself whether the listeners exist (launch-browser.ts),
// and Firefox's test build opens its control page only from here (e2e-hooks.ts).
// Firefox e2e build only (see e2e-hooks.ts); false, and dropped, in every store build.
if (__FAULTLINE_E2E__) openControlPageOnInstall();
