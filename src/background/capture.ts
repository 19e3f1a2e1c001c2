// webRequest observers (non-blocking) that record every request of every tab into the TabStore.
// Each handler does a few field copies; anything slower (diagnosis, badge, injection) is signalled
// to the caller through `events`, never done here.
import { pageWorthReading } from '../engine/needs-page';
import type { CapturedEntry, PageRecord } from '../shared/capture-types';
import { isFailure, keepHeaders, newEntry, type RequestDetails, type ResponseDetails } from './entries';
import type { TabStore } from './store';

export interface CaptureEvents {
  /**
   * The tab's page (main frame) finished with an error status or a network error. `readPage`: the
   * engine needs the page itself (a failure, a status some vendor's block page comes with, or a page
   * a producer its headers name writes at that status: pageWorthReading), so the collector is worth
   * injecting; a plain 404 is not read.
   */
  pageFailed(tabId: number, pageKey: string, readPage: boolean): void;
  /** A request of the page failed (a failing API call). */
  requestFailed(tabId: number): void;
  /** A new page started loading in the tab. */
  pageStarted(tabId: number): void;
}

type Listener<T> = { addListener(cb: (details: T) => void, filter: { urls: string[]; types?: string[] }, extra?: string[]): void };

export interface WebRequestApi {
  onBeforeRequest: Listener<RequestDetails>;
  onSendHeaders: Listener<RequestDetails & { requestHeaders?: { name: string; value?: string }[] }>;
  onHeadersReceived: Listener<ResponseDetails>;
  onBeforeRedirect: Listener<ResponseDetails & { redirectUrl: string }>;
  onCompleted: Listener<ResponseDetails>;
  onErrorOccurred: Listener<RequestDetails & { error: string }>;
}

const ALL = { urls: ['<all_urls>'] };
/** The extension's own pages (and file:, data: URLs) are not part of any site's path. */
const isWeb = (url: string) => url.startsWith('http') ? url.startsWith('https:') || url.startsWith('http:') : url.startsWith('wss:') || url.startsWith('ws:');
const DOCUMENTS = { urls: ['<all_urls>'], types: ['main_frame', 'sub_frame'] };

/**
 * Private windows are not observed: the manifest keeps the extension out of them (incognito:
 * not_allowed), and an event that still says `incognito` (Firefox puts it on webRequest details) is
 * dropped here, before anything is recorded.
 */
function withoutPrivate(api: WebRequestApi): WebRequestApi {
  const guard = <T>(event: Listener<T>): Listener<T> => ({
    addListener: (cb, ...rest) => event.addListener((d) => (d as { incognito?: boolean }).incognito === true ? undefined : cb(d), ...rest),
  });
  return {
    onBeforeRequest: guard(api.onBeforeRequest), onSendHeaders: guard(api.onSendHeaders), onHeadersReceived: guard(api.onHeadersReceived),
    onBeforeRedirect: guard(api.onBeforeRedirect), onCompleted: guard(api.onCompleted), onErrorOccurred: guard(api.onErrorOccurred),
  };
}

export function registerCapture(webRequest: WebRequestApi, store: TabStore, events: CaptureEvents, extraHeaders: boolean): void {
  webRequest = withoutPrivate(webRequest);
  // The browser copies an event's details once per listener, and delivering an event costs the
  // worker far more than handling it: a sub-request is seen through two events, not four. Its
  // entry starts when its headers are sent (or, for a cache hit or a request that failed before
  // sending, when it ends), and its response headers come with onCompleted. Documents are also
  // seen when they start (a slow page is shown as loading) and when their headers arrive.
  const requestExtra = extraHeaders ? ['requestHeaders', 'extraHeaders'] : ['requestHeaders'];
  const responseExtra = extraHeaders ? ['responseHeaders', 'extraHeaders'] : ['responseHeaders'];
  const isPrerender = (d: RequestDetails) => d.documentLifecycle === 'prerender';

  /** Applies `change` to the request's live entry, adding it first if the tab has not seen it. */
  const record = (d: RequestDetails, change: (entry: CapturedEntry, page: PageRecord) => void) => {
    if (d.tabId >= 0 && isWeb(d.url)) void store.upsertEntry(d.tabId, isPrerender(d), d.requestId, () => newEntry(d), change);
  };
  const unchanged = () => undefined;

  webRequest.onBeforeRequest.addListener((d) => {
    if (d.tabId < 0 || !isWeb(d.url)) return;
    if (d.type !== 'main_frame') return record(d, unchanged);
    // A redirect's next hop arrives here too, under the same request id: the store joins it to its page.
    const added = store.addPage(d.tabId, { key: d.requestId, url: d.url, startedAt: d.timeStamp, prerender: isPrerender(d), entries: [newEntry(d)] });
    if (!isPrerender(d)) void Promise.resolve(added).then(() => events.pageStarted(d.tabId));
  }, DOCUMENTS);

  webRequest.onSendHeaders.addListener((d) => record(d, (e) => {
    e.tSend = d.timeStamp;
    e.requestHeaders = keepHeaders(d.requestHeaders);
  }), ALL, requestExtra);

  const takeResponse = (e: CapturedEntry, d: ResponseDetails) => {
    e.status = d.statusCode;
    e.statusLine = d.statusLine;
    if (d.responseHeaders) e.responseHeaders = keepHeaders(d.responseHeaders);
    if (d.ip) e.ip = d.ip;
    if (d.fromCache !== undefined) e.fromCache = d.fromCache;
  };

  webRequest.onHeadersReceived.addListener((d) => {
    if (d.tabId >= 0) void store.changeEntry(d.tabId, d.requestId, (e) => {
      e.tHeaders = d.timeStamp;
      takeResponse(e, d);
    });
  }, DOCUMENTS, responseExtra);

  webRequest.onBeforeRedirect.addListener((d) => record(d, (e, page) => {
    takeResponse(e, d);
    e.redirectTo = d.redirectUrl;
    e.tEnd = d.timeStamp;
    // The next hop is a new entry under the same request id, added by its first event.
    if (d.type === 'main_frame' && page.key === d.requestId) page.url = d.redirectUrl;
  }), ALL, responseExtra);

  webRequest.onCompleted.addListener((d) => record(d, (e, page) => {
    e.tEnd = d.timeStamp;
    takeResponse(e, d);
    const isPage = d.type === 'main_frame' && page.key === d.requestId;
    // A success is read too when its headers name a vendor that serves block pages as a success.
    const readPage = isPage && pageWorthReading(e.status, e.error, e.responseHeaders);
    if (isPage && (e.status >= 400 || readPage)) events.pageFailed(d.tabId, page.key, readPage);
    else if (isFailure(e)) events.requestFailed(d.tabId);
  }), ALL, responseExtra);

  webRequest.onErrorOccurred.addListener((d) => record(d, (e, page) => {
    e.tEnd = d.timeStamp;
    e.error = d.error;
    if (d.type === 'main_frame' && page.key === d.requestId && isFailure(e)) events.pageFailed(d.tabId, page.key, pageWorthReading(e.status, e.error, e.responseHeaders));
    else if (isFailure(e)) events.requestFailed(d.tabId);
  }), ALL);
}
