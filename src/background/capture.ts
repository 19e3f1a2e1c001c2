// webRequest observers (non-blocking) that record every request of every tab into the TabStore.
// Each handler does a few field copies; anything slower (diagnosis, badge, injection) is signalled
// to the caller through `events`, never done here.
import type { CapturedEntry, TabRecord } from '../shared/capture-types';
import { isFailure, newEntry, toHeaders, type RequestDetails, type ResponseDetails } from './entries';
import { pageFor, type TabStore } from './tab-store';

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
  onResponseStarted: Listener<ResponseDetails>;
  onBeforeRedirect: Listener<ResponseDetails & { redirectUrl: string }>;
  onCompleted: Listener<ResponseDetails>;
  onErrorOccurred: Listener<RequestDetails & { error: string }>;
}

const ALL = { urls: ['<all_urls>'] };

export function registerCapture(webRequest: WebRequestApi, store: TabStore, events: CaptureEvents, extraHeaders: boolean): void {
  const requestExtra = extraHeaders ? ['requestHeaders', 'extraHeaders'] : ['requestHeaders'];
  const responseExtra = extraHeaders ? ['responseHeaders', 'extraHeaders'] : ['responseHeaders'];
  const isPrerender = (d: RequestDetails) => d.documentLifecycle === 'prerender';

  /** Applies `change` to the live entry of a request, if the tab and request are known. */
  const withEntry = (d: RequestDetails, change: (entry: CapturedEntry, tab: TabRecord) => void) => {
    if (d.tabId < 0) return;
    void store.update(d.tabId, (tab) => {
      const entry = store.entry(tab, d.requestId);
      if (entry) change(entry, tab);
    });
  };

  webRequest.onBeforeRequest.addListener((d) => {
    if (d.tabId < 0) return;
    void store.update(d.tabId, (tab) => {
      if (d.type === 'main_frame') {
        tab.pages.push({ key: d.requestId, url: d.url, startedAt: d.timeStamp, prerender: isPrerender(d), entries: [newEntry(d)] });
        if (!isPrerender(d)) events.pageStarted(d.tabId);
        return;
      }
      pageFor(tab, isPrerender(d))?.entries.push(newEntry(d));
    });
  }, ALL);

  webRequest.onSendHeaders.addListener((d) => withEntry(d, (e) => {
    e.tSend = d.timeStamp;
    e.requestHeaders = toHeaders(d.requestHeaders);
  }), ALL, requestExtra);

  const takeResponse = (e: CapturedEntry, d: ResponseDetails) => {
    e.status = d.statusCode;
    e.statusLine = d.statusLine;
    if (d.responseHeaders) e.responseHeaders = toHeaders(d.responseHeaders);
    if (d.ip) e.ip = d.ip;
    if (d.fromCache !== undefined) e.fromCache = d.fromCache;
  };

  webRequest.onHeadersReceived.addListener((d) => withEntry(d, (e) => {
    e.tHeaders = d.timeStamp;
    takeResponse(e, d);
  }), ALL, responseExtra);

  webRequest.onResponseStarted.addListener((d) => withEntry(d, (e) => {
    e.tResponse = d.timeStamp;
    takeResponse(e, d);
  }), ALL, responseExtra);

  webRequest.onBeforeRedirect.addListener((d) => withEntry(d, (e, tab) => {
    takeResponse(e, d);
    e.redirectTo = d.redirectUrl;
    e.tEnd = d.timeStamp;
    // The hop that follows is a new entry under the same request id.
    const next: CapturedEntry = { ...newEntry(d), url: d.redirectUrl, t0: d.timeStamp };
    const page = tab.pages.find((p) => p.entries.includes(e));
    page?.entries.push(next);
    if (page && d.type === 'main_frame') page.url = d.redirectUrl;
  }), ALL, responseExtra);

  webRequest.onCompleted.addListener((d) => withEntry(d, (e, tab) => {
    e.tEnd = d.timeStamp;
    takeResponse(e, d);
    const page = tab.pages.find((p) => p.key === d.requestId);
    if (d.type === 'main_frame' && page && e.status >= 400) events.pageFailed(d.tabId, page.key);
    else if (isFailure(e)) events.requestFailed(d.tabId);
  }), ALL, responseExtra);

  webRequest.onErrorOccurred.addListener((d) => withEntry(d, (e, tab) => {
    e.tEnd = d.timeStamp;
    e.error = d.error;
    const page = tab.pages.find((p) => p.key === d.requestId);
    if (d.type === 'main_frame' && page && isFailure(e)) events.pageFailed(d.tabId, page.key);
    else if (isFailure(e)) events.requestFailed(d.tabId);
  }), ALL);
}
