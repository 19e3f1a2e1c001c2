// webRequest observers (non-blocking) that record every request of every tab into the TabStore.
// Each handler does a few field copies; anything slower (diagnosis, badge, injection) is signalled
// to the caller through `events`, never done here.
import type { CapturedEntry, PageRecord } from '../shared/capture-types';
import { isFailure, keepHeaders, newEntry, type RequestDetails, type ResponseDetails } from './entries';
import type { TabStore } from './tab-store';

export interface CaptureEvents {
  /** The tab's page (main frame) finished with an error status or a network error. */
  pageFailed(tabId: number, pageKey: string): void;
  /** A request of the page failed (a failing API call). */
  requestFailed(tabId: number): void;
  /** A new page started loading in the tab. */
  pageStarted(tabId: number): void;
}

type Listener<T> = { addListener(cb: (details: T) => void, filter: { urls: string[] }, extra?: string[]): void };

export interface WebRequestApi {
  onBeforeRequest: Listener<RequestDetails>;
  onSendHeaders: Listener<RequestDetails & { requestHeaders?: { name: string; value?: string }[] }>;
  onHeadersReceived: Listener<ResponseDetails>;
  onBeforeRedirect: Listener<ResponseDetails & { redirectUrl: string }>;
  onCompleted: Listener<ResponseDetails>;
  onErrorOccurred: Listener<RequestDetails & { error: string }>;
}

const ALL = { urls: ['<all_urls>'] };

export function registerCapture(webRequest: WebRequestApi, store: TabStore, events: CaptureEvents, extraHeaders: boolean): void {
  // The browser copies an event's details once per listener, headers included: headers are asked
  // for only where they are read (sent headers once, each hop's response headers once), and there
  // is no onResponseStarted listener (onCompleted carries the same IP, cache flag and status).
  const requestExtra = extraHeaders ? ['requestHeaders', 'extraHeaders'] : ['requestHeaders'];
  const responseExtra = extraHeaders ? ['responseHeaders', 'extraHeaders'] : ['responseHeaders'];
  const isPrerender = (d: RequestDetails) => d.documentLifecycle === 'prerender';

  /** Applies `change` to the live entry of a request, if the tab and request are known. */
  const withEntry = (d: RequestDetails, change: (entry: CapturedEntry, page: PageRecord, append: (next: CapturedEntry) => void) => void) => {
    if (d.tabId >= 0) void store.changeEntry(d.tabId, d.requestId, change);
  };

  webRequest.onBeforeRequest.addListener((d) => {
    if (d.tabId < 0) return;
    if (d.type === 'main_frame') {
      const added = store.addPage(d.tabId, { key: d.requestId, url: d.url, startedAt: d.timeStamp, prerender: isPrerender(d), entries: [newEntry(d)] });
      if (!isPrerender(d)) void Promise.resolve(added).then(() => events.pageStarted(d.tabId));
      return;
    }
    void store.addEntry(d.tabId, isPrerender(d), newEntry(d));
  }, ALL);

  webRequest.onSendHeaders.addListener((d) => withEntry(d, (e) => {
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

  webRequest.onHeadersReceived.addListener((d) => withEntry(d, (e) => {
    e.tHeaders = d.timeStamp;
    takeResponse(e, d);
  }), ALL, responseExtra);

  webRequest.onBeforeRedirect.addListener((d) => withEntry(d, (e, page, append) => {
    takeResponse(e, d);
    e.redirectTo = d.redirectUrl;
    e.tEnd = d.timeStamp;
    // The hop that follows is a new entry under the same request id.
    append({ ...newEntry(d), url: d.redirectUrl, t0: d.timeStamp });
    if (d.type === 'main_frame' && page.key === d.requestId) page.url = d.redirectUrl;
  }), ALL);

  webRequest.onCompleted.addListener((d) => withEntry(d, (e, page) => {
    e.tEnd = d.timeStamp;
    takeResponse(e, d);
    if (d.type === 'main_frame' && page.key === d.requestId && e.status >= 400) events.pageFailed(d.tabId, page.key);
    else if (isFailure(e)) events.requestFailed(d.tabId);
  }), ALL);

  webRequest.onErrorOccurred.addListener((d) => withEntry(d, (e, page) => {
    e.tEnd = d.timeStamp;
    e.error = d.error;
    if (d.type === 'main_frame' && page.key === d.requestId && isFailure(e)) events.pageFailed(d.tabId, page.key);
    else if (isFailure(e)) events.requestFailed(d.tabId);
  }), ALL);
}
