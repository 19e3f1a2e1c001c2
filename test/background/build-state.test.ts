// buildState: a tab's capture turned into what the popup and the badge show, and when that state
// is settled (nothing in it changes with time alone).
import { describe, expect, it } from 'vitest';
import { buildState, failedRequests, traceStatusOf } from '../../src/background/build-state';
import type { CapturedEntry, PageRecord, TabRecord } from '../../src/shared/capture-types';
import { MAX_FAILED_SHOWN } from '../../src/shared/limits';
import { isSettled, type PopupState } from '../../src/shared/popup-state';

const URL = 'https://shop.example.com/checkout';
const NGINX_502 = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

const entry = (over: Partial<CapturedEntry> = {}): CapturedEntry => ({
  id: 'r1', type: 'main_frame', frameId: 0, method: 'GET', url: URL, t0: 1_000, tSend: 1_001, tHeaders: 1_050, tEnd: 1_060,
  status: 200, statusLine: 'HTTP/1.1 200 OK', responseHeaders: [{ name: 'Server', value: 'nginx' }], ...over,
});
const page = (entries: CapturedEntry[], over: Partial<PageRecord> = {}): PageRecord => ({ key: 'r1', url: URL, startedAt: 1_000, prerender: false, entries, ...over });
const tab = (p: PageRecord): TabRecord => ({ tabId: 1, pages: [p] });
const failed502 = entry({ status: 502, statusLine: 'HTTP/1.1 502 Bad Gateway' });
const collected = { url: URL, title: '502 Bad Gateway', html: NGINX_502, text: '502 Bad Gateway nginx' };
const apiCall = (n: number, status = 502): CapturedEntry => entry({ id: `api${n}`, type: 'xmlhttprequest', url: `https://shop.example.com/api/${n}`, status });

/** Within the 5 s the collector gets to report, and after it. */
const EARLY = 1_200;
const LATE = 7_000;

const summary = (s: PopupState) => (s.kind === 'failure' ? { kind: s.kind, scope: s.scope, evidence: s.pageEvidence, settled: isSettled(s) } : { kind: s.kind, settled: isSettled(s) });

describe('buildState', () => {
  it('calls a tab on a browser page unsupported, and one with no capture nothing-captured', () => {
    expect(buildState(1, 'chrome://settings/', tab(page([failed502])))).toEqual({ kind: 'unsupported', tabId: 1, url: 'chrome://settings/' });
    expect(buildState(1, URL, undefined)).toEqual({ kind: 'nothing-captured', tabId: 1, url: URL, requestCount: 0 });
  });

  it('says loading while the page has no response yet: unsettled', () => {
    const state = buildState(1, URL, tab(page([entry({ status: 0, tEnd: undefined, tHeaders: undefined })])), EARLY);
    expect(summary(state)).toEqual({ kind: 'loading', settled: false });
  });

  it('says healthy, with the request count, for a page whose requests all succeeded', () => {
    expect(buildState(1, URL, tab(page([entry(), apiCall(1, 200)])), EARLY)).toEqual({ kind: 'healthy', tabId: 1, url: URL, requestCount: 2 });
  });

  it('gives a failed page its verdict at once, "reading the page" until the collector reports or the grace ends', () => {
    expect(summary(buildState(1, URL, tab(page([failed502])), EARLY))).toEqual({ kind: 'failure', scope: 'page', evidence: 'pending', settled: false });
    expect(summary(buildState(1, URL, tab(page([failed502])), LATE))).toEqual({ kind: 'failure', scope: 'page', evidence: 'headers-only', settled: true });
    const read = buildState(1, URL, tab(page([failed502], { collected })), EARLY);
    expect(summary(read)).toEqual({ kind: 'failure', scope: 'page', evidence: 'complete', settled: true });
    expect(read.kind === 'failure' && [read.diagnosis.generator, read.diagnosis.blame]).toEqual(['nginx', 'upstream-app']);
  });

  it('does not wait for a page a network error ended: there is no page to read', () => {
    const reset = entry({ status: 0, statusLine: undefined, responseHeaders: undefined, error: 'net::ERR_CONNECTION_RESET' });
    expect(summary(buildState(1, URL, tab(page([reset])), EARLY))).toEqual({ kind: 'failure', scope: 'page', evidence: 'headers-only', settled: true });
  });

  it('reports failing requests of a healthy page, listing at most MAX_FAILED_SHOWN with the full count', () => {
    const calls = Array.from({ length: MAX_FAILED_SHOWN + 5 }, (_, i) => apiCall(i));
    const state = buildState(1, URL, tab(page([entry(), ...calls])), EARLY);
    expect(summary(state)).toEqual({ kind: 'failure', scope: 'requests', evidence: 'complete', settled: true });
    expect(state.kind === 'failure' && [state.failed.length, state.failedTotal, state.failed[0]!.url]).toEqual([MAX_FAILED_SHOWN, MAX_FAILED_SHOWN + 5, 'https://shop.example.com/api/0']);
  });

  it('answers about the page the tab shows, not an older one of the same tab', () => {
    const older = page([failed502], { key: 'r0', url: 'https://shop.example.com/old' });
    const shown = page([entry()]);
    expect(buildState(1, URL, { tabId: 1, pages: [older, shown] }, EARLY).kind).toBe('healthy');
  });
});

describe('the trace status and the failed list', () => {
  it('wants a trace for a web page until one (or null: none there) is stored', () => {
    expect(traceStatusOf(page([failed502]))).toBe('pending');
    expect(traceStatusOf(page([failed502], { trace: null }))).toBe('done');
    expect(traceStatusOf(page([failed502], { trace: { colo: 'AMS' } }))).toBe('done');
    expect(traceStatusOf(page([failed502], { url: 'file:///tmp/x.html' }))).toBe('not-applicable');
  });

  it('lists failed sub-requests, never the page\'s own request', () => {
    const list = failedRequests(page([failed502, apiCall(1), apiCall(2, 200)]));
    expect(list.list.map((f) => [f.url, f.status])).toEqual([['https://shop.example.com/api/1', 502]]);
    expect(list.total).toBe(1);
  });
});
