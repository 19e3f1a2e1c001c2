// The store's budget: the size estimate covers what is written, the budgets fit the quota, and a
// trim gives up healthy history before failures, never the page itself.
import { describe, expect, it } from 'vitest';
import { entryBytes, pageBytes, TRIM_PASSES, trimRank } from '../../../src/background/store/store-budget';
import type { CapturedEntry, PageRecord } from '../../../src/shared/capture-types';
import { MAX_BYTES_PER_TAB, MAX_BYTES_TOTAL, SESSION_QUOTA_BYTES } from '../../../src/shared/limits';

const full: CapturedEntry = {
  id: '12345', type: 'xmlhttprequest', frameId: 0, method: 'POST', url: 'https://api.example.com/v1/items?page=2&q="quoted"',
  t0: 1_712_345_678_901.123, tSend: 1_712_345_678_902.5, tHeaders: 1_712_345_678_950.25, tEnd: 1_712_345_678_960.75,
  status: 502, statusLine: 'HTTP/1.1 502 Bad Gateway', ip: '2001:db8::1', fromCache: false, error: 'net::ERR_FAILED', redirectTo: 'https://b.example/',
  requestHeaders: [{ name: 'accept', value: 'application/json' }, { name: 'cookie', value: 'sid=abc; theme="dark"' }],
  responseHeaders: [{ name: 'server', value: 'nginx' }, { name: 'content-type', value: 'text/html' }, { name: 'cf-ray', value: '8a1b2c3d4e5f6a7b-FRA' }],
};
const bare: CapturedEntry = { id: '7', type: 'image', frameId: 0, method: 'GET', url: 'https://a.example/x.png', t0: 1, status: 0 };

/** An entry as the store writes it: inside its chunk's JSON text, itself stored as a JSON string. */
const storedSize = (e: CapturedEntry) => JSON.stringify(JSON.stringify([e])).length - 4;

describe('the size estimate', () => {
  it('covers what the store writes for an entry, without overstating it much', () => {
    for (const e of [full, bare, { ...full, requestHeaders: undefined }]) {
      expect(entryBytes(e)).toBeGreaterThanOrEqual(storedSize(e));
      expect(entryBytes(e)).toBeLessThan(storedSize(e) + 400);
    }
  });

  it('covers what the page list writes for a page, its collected text included', () => {
    const page: PageRecord = {
      key: '9', url: 'https://a.example/', startedAt: 1_712_345_678_901.5, prerender: false, entries: [],
      collected: {
        url: 'https://a.example/', title: '502 Bad Gateway', html: '<html><body><h1>502</h1>'.repeat(100), text: '502 Bad Gateway nginx',
        timing: { dns: 1.5, connect: 2.5, ssl: -1, wait: 30.25, receive: 1, total: 40, nextHopProtocol: 'h2' },
      },
      trace: { colo: 'FRA', ip: '192.0.2.1', http: 'http/2' },
    };
    const { entries: _entries, ...meta } = page;
    const written = JSON.stringify(JSON.stringify({ ...meta, chunks: [0, 1, 2, 3] })).length;
    expect(pageBytes(page)).toBeGreaterThanOrEqual(written);
    expect(pageBytes(page)).toBeLessThan(written + 600);
    expect(pageBytes(page)).toBeGreaterThan(pageBytes({ ...page, collected: undefined }) + page.collected!.html.length);
  });

  it('has budgets that fit the quota: four full tabs fit the total, and the total leaves room', () => {
    expect(MAX_BYTES_PER_TAB * 4).toBeLessThanOrEqual(MAX_BYTES_TOTAL);
    expect(MAX_BYTES_TOTAL).toBeLessThanOrEqual(SESSION_QUOTA_BYTES * 0.8);
  });
});

describe('what a trim gives up first', () => {
  it('ranks healthy requests before failures before unfinished ones, and never the page itself', () => {
    const ok = { ...bare, status: 200, tEnd: 2 };
    const ranks = [ok, { ...ok, status: 404 }, { ...ok, status: 503 }, { ...bare, status: 0, tEnd: 2, error: 'net::ERR_CONNECTION_RESET' }, { ...ok, tEnd: undefined }, { ...ok, id: 'page' }]
      .map((e) => trimRank(e, 'page'));
    expect(ranks).toEqual([0, 1, 1, 1, 2, 3]);
    expect(TRIM_PASSES.every((pass) => pass < trimRank({ ...ok, id: 'page' }, 'page'))).toBe(true);
  });

  it('counts an aborted load as healthy history, not a failure', () => {
    expect(trimRank({ ...bare, tEnd: 2, error: 'net::ERR_ABORTED' }, 'page')).toBe(0);
  });
});
