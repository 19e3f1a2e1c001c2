// The capture listeners against event sequences of the webRequest life cycle (Chrome's docs:
// onBeforeRequest → onSendHeaders → onHeadersReceived → onBeforeRedirect → onBeforeRequest …
// → onCompleted | onErrorOccurred): each request is one entry per hop, in its page, whichever
// events the browser delivers to the listeners Faultline registers.
import { describe, expect, it } from 'vitest';
import { registerCapture, type CaptureEvents, type WebRequestApi } from '../../src/background/capture';
import { createTabStore, type SessionArea } from '../../src/background/store';
import { MAX_HEADER_CHARS } from '../../src/shared/limits';

type Handler = (details: Record<string, unknown>) => void;
const EVENTS = ['onBeforeRequest', 'onSendHeaders', 'onHeadersReceived', 'onBeforeRedirect', 'onCompleted', 'onErrorOccurred'] as const;
type EventName = (typeof EVENTS)[number];

/** A webRequest stand-in that delivers an event only to listeners whose filter takes its type. */
function fakeWebRequest() {
  const listeners: { event: EventName; cb: Handler; types?: string[] }[] = [];
  const api = Object.fromEntries(EVENTS.map((event) => [event, {
    addListener: (cb: Handler, filter: { types?: string[] }) => listeners.push({ event, cb, types: filter.types }),
  }])) as unknown as WebRequestApi;
  let clock = 1_000;
  const fire = (event: EventName, details: Record<string, unknown>) => {
    const full: Record<string, unknown> = { tabId: 1, frameId: 0, method: 'GET', timeStamp: clock++, ...details };
    for (const l of listeners) if (l.event === event && (!l.types || l.types.includes(full.type as string))) l.cb(full);
  };
  return { api, fire, listeners };
}

const session: SessionArea = { get: async () => ({}), set: async () => undefined, remove: async () => undefined };

function setup() {
  const web = fakeWebRequest();
  const store = createTabStore(session, () => undefined);
  const seen: string[] = [];
  const events: CaptureEvents = {
    pageFailed: (tabId, _pageKey, readPage) => seen.push(`page-failed ${tabId}${readPage ? ' read' : ''}`),
    requestFailed: (tabId) => seen.push(`request-failed ${tabId}`),
    pageStarted: (tabId) => seen.push(`page-started ${tabId}`),
  };
  registerCapture(web.api, store, events, true);
  return { ...web, store, seen };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const main = { requestId: 'm', type: 'main_frame', url: 'https://a.example/' };

describe('capture', () => {
  it('asks for a sub-request\'s start and headers only through the events that carry them', () => {
    const { listeners } = setup();
    const documentsOnly = listeners.filter((l) => l.types).map((l) => l.event).sort();
    expect(documentsOnly).toEqual(['onBeforeRequest', 'onHeadersReceived']);
  });

  it('records a page and a healthy sub-request from two events each', async () => {
    const { fire, store, seen } = setup();
    fire('onBeforeRequest', main);
    fire('onSendHeaders', { ...main, requestHeaders: [{ name: 'accept', value: 'text/html' }] });
    fire('onHeadersReceived', { ...main, statusCode: 200, statusLine: 'HTTP/1.1 200 OK', responseHeaders: [{ name: 'server', value: 'nginx' }] });
    fire('onCompleted', { ...main, statusCode: 200, statusLine: 'HTTP/1.1 200 OK', ip: '192.0.2.1', responseHeaders: [{ name: 'server', value: 'nginx' }] });
    const api = { requestId: 'x', type: 'xmlhttprequest', url: 'https://a.example/api' };
    fire('onBeforeRequest', api); // not delivered: sub-requests start at onSendHeaders
    fire('onSendHeaders', { ...api, requestHeaders: [{ name: 'accept', value: '*/*' }] });
    fire('onHeadersReceived', { ...api, statusCode: 200 }); // not delivered either
    fire('onCompleted', { ...api, statusCode: 200, statusLine: 'HTTP/1.1 200 OK', responseHeaders: [{ name: 'content-type', value: 'application/json' }] });
    await settle();
    const [page] = (await store.get(1))!.pages;
    expect(page!.entries.map((e) => [e.id, e.status, e.requestHeaders?.length, e.responseHeaders?.[0]?.name])).toEqual([
      ['m', 200, 1, 'server'],
      ['x', 200, 1, 'content-type'],
    ]);
    expect(page!.entries[0]!.tHeaders).toBe(1_002); // the clock of onHeadersReceived, the third event fired
    expect(seen).toEqual(['page-started 1']);
  });

  it('keeps one page across a main-frame redirect, with one entry per hop', async () => {
    const { fire, store, seen } = setup();
    fire('onBeforeRequest', main);
    fire('onSendHeaders', main);
    fire('onHeadersReceived', { ...main, statusCode: 302 });
    fire('onBeforeRedirect', { ...main, statusCode: 302, statusLine: 'HTTP/1.1 302 Found', redirectUrl: 'https://b.example/' });
    const next = { ...main, url: 'https://b.example/' };
    fire('onBeforeRequest', next);
    fire('onSendHeaders', next);
    fire('onHeadersReceived', { ...next, statusCode: 502 });
    fire('onCompleted', { ...next, statusCode: 502, statusLine: 'HTTP/1.1 502 Bad Gateway' });
    await settle();
    const tab = (await store.get(1))!;
    expect(tab.pages).toHaveLength(1);
    expect(tab.pages[0]!.url).toBe('https://b.example/');
    expect(tab.pages[0]!.entries.map((e) => [e.url, e.status, e.redirectTo])).toEqual([
      ['https://a.example/', 302, 'https://b.example/'],
      ['https://b.example/', 502, undefined],
    ]);
    expect(seen.filter((s) => s.startsWith('page-failed'))).toEqual(['page-failed 1 read']);
  });

  it('follows a sub-request\'s redirect, and a cached or unsent request seen only at its end', async () => {
    const { fire, store, seen } = setup();
    fire('onBeforeRequest', main);
    const img = { requestId: 'i', type: 'image', url: 'https://a.example/old.png' };
    fire('onSendHeaders', img);
    fire('onBeforeRedirect', { ...img, statusCode: 301, redirectUrl: 'https://cdn.example/new.png' });
    fire('onSendHeaders', { ...img, url: 'https://cdn.example/new.png' });
    fire('onCompleted', { ...img, url: 'https://cdn.example/new.png', statusCode: 200 });
    fire('onCompleted', { requestId: 'c', type: 'script', url: 'https://a.example/app.js', statusCode: 200, fromCache: true });
    fire('onErrorOccurred', { requestId: 'd', type: 'xmlhttprequest', url: 'https://gone.example/api', error: 'net::ERR_NAME_NOT_RESOLVED' });
    await settle();
    const entries = (await store.get(1))!.pages[0]!.entries;
    expect(entries.map((e) => [e.id, e.url, e.status, e.error ?? ''])).toEqual([
      ['m', 'https://a.example/', 0, ''],
      ['i', 'https://a.example/old.png', 301, ''],
      ['i', 'https://cdn.example/new.png', 200, ''],
      ['c', 'https://a.example/app.js', 200, ''],
      ['d', 'https://gone.example/api', 0, 'net::ERR_NAME_NOT_RESOLVED'],
    ]);
    expect(seen).toContain('request-failed 1');
  });

  it('asks to read a failed page only where the engine needs the page: not a plain 404', async () => {
    const ends = [
      ['a', 'onCompleted', { statusCode: 404 }], ['b', 'onCompleted', { statusCode: 400 }], ['c', 'onCompleted', { statusCode: 403 }],
      ['d', 'onCompleted', { statusCode: 429 }], ['e', 'onCompleted', { statusCode: 502 }], ['f', 'onErrorOccurred', { error: 'net::ERR_CONNECTION_REFUSED' }],
    ] as const;
    const read: [string, boolean][] = [];
    for (const [requestId, event, end] of ends) {
      const { fire, seen } = setup();
      const page = { requestId, type: 'main_frame', url: `https://a.example/${requestId}` };
      fire('onBeforeRequest', page);
      await settle();
      fire(event, { ...page, ...end });
      await settle();
      const failed = seen.filter((s) => s.startsWith('page-failed'));
      expect(failed).toHaveLength(1);
      read.push([requestId, failed[0] === 'page-failed 1 read']);
    }
    expect(read).toEqual([['a', false], ['b', false], ['c', true], ['d', true], ['e', true], ['f', true]]);
  });

  it('keeps a request\'s huge header list within its bound, short headers whole', async () => {
    const { fire, store } = setup();
    fire('onBeforeRequest', main);
    const api = { requestId: 'x', type: 'xmlhttprequest', url: 'https://a.example/api' };
    fire('onSendHeaders', { ...api, requestHeaders: [{ name: 'accept', value: '*/*' }, ...Array.from({ length: 40 }, (_, i) => ({ name: `x-pad-${i}`, value: 'p'.repeat(4_000) }))] });
    fire('onCompleted', { ...api, statusCode: 502, responseHeaders: [{ name: 'server', value: 'nginx' }] });
    await settle();
    const kept = (await store.get(1))!.pages[0]!.entries[1]!;
    const chars = kept.requestHeaders!.reduce((sum, h) => sum + h.name.length + h.value.length, 0);
    expect(chars).toBeLessThanOrEqual(MAX_HEADER_CHARS);
    expect([kept.requestHeaders!.length, kept.requestHeaders![0]!.value, kept.responseHeaders![0]!.value]).toEqual([41, '*/*', 'nginx']);
  });

  it('ignores requests outside tabs', async () => {
    const { fire, store } = setup();
    fire('onSendHeaders', { requestId: 'w', type: 'other', url: 'https://a.example/', tabId: -1 });
    await settle();
    expect(await store.get(-1)).toBeUndefined();
  });
});
