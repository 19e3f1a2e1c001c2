// The pure parts of the store's budget: the size estimate covers what is written, the budgets fit
// the quota, a shared budget is cut from the largest first, and header lists are bounded without
// losing the short headers that name the path.
import { describe, expect, it } from 'vitest';
import { boundHeaders, keepHeaders } from '../../src/background/entries';
import { fairLevel } from '../../src/background/fair-level';
import { entryBytes, pageBytes, TRIM_PASSES, trimRank } from '../../src/background/store-budget';
import { MAX_HEADER_VALUE, MAX_HEADERS } from '../../src/engine/evidence';
import type { CapturedEntry, PageRecord } from '../../src/shared/capture-types';
import { MAX_BYTES_PER_TAB, MAX_BYTES_TOTAL, MAX_HEADER_CHARS, SESSION_QUOTA_BYTES } from '../../src/shared/limits';

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
        url: 'https://a.example/', contentType: 'text/html', title: '502 Bad Gateway', html: '<html><body><h1>502</h1>'.repeat(100), text: '502 Bad Gateway nginx',
        footer: 'nginx', meta: [['generator', 'x'], ['robots', 'noindex']],
        timing: { dns: 1.5, connect: 2.5, ssl: -1, wait: 30.25, receive: 1, total: 40, nextHopProtocol: 'h2', serverTiming: [{ name: 'db', duration: 12.5, description: 'query' }] },
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

describe('fairLevel', () => {
  it('cuts the largest down to a common level and leaves the small ones whole', () => {
    expect(fairLevel([100, 10, 10], 60)).toBe(40);
    expect(fairLevel([50, 50, 50, 50], 100)).toBe(25);
    expect(fairLevel([5, 5], 100)).toBe(Infinity);
    expect(fairLevel([30, 30], 0)).toBe(0);
  });
});

describe('header lists', () => {
  it('keeps an ordinary list as the browser delivered it', () => {
    const list = [{ name: 'server', value: 'nginx' }, { name: 'x-binary' }];
    expect(keepHeaders(list)).toBe(list);
  });

  it('bounds a huge list by cutting its longest values, keeping every short header whole', () => {
    const list = [
      { name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8a1b2c3d4e5f6a7b-FRA' },
      ...Array.from({ length: 10 }, (_, i) => ({ name: `x-big-${i}`, value: 'v'.repeat(6_000) })),
      { name: 'via', value: '1.1 varnish' },
    ];
    const kept = keepHeaders(list)!;
    const chars = kept.reduce((sum, h) => sum + h.name.length + h.value.length, 0);
    expect(chars).toBeLessThanOrEqual(MAX_HEADER_CHARS);
    expect(chars).toBeGreaterThan(MAX_HEADER_CHARS - 20);
    expect(kept.map((h) => h.name)).toEqual(list.map((h) => h.name));
    expect([kept[0]!.value, kept[1]!.value, kept.at(-1)!.value]).toEqual(['cloudflare', '8a1b2c3d4e5f6a7b-FRA', '1.1 varnish']);
    expect(new Set(kept.slice(2, -1).map((h) => h.value.length)).size).toBe(1);
    // The browser's list is not changed.
    expect(list[2]!.value.length).toBe(6_000);
  });

  it('cuts a value where the engine stops reading, and the list where the engine stops counting', () => {
    const kept = boundHeaders([{ name: 'cookie', value: 'c'.repeat(MAX_HEADER_VALUE * 2) }, { name: 'x-missing' }]);
    expect(kept.map((h) => [h.name, h.value?.length])).toEqual([['cookie', MAX_HEADER_VALUE], ['x-missing', undefined]]);
    const many = keepHeaders(Array.from({ length: MAX_HEADERS + 50 }, (_, i) => ({ name: `h${i}`, value: 'v' })))!;
    expect(many.length).toBe(MAX_HEADERS);
    expect(many.at(-1)!.name).toBe(`h${MAX_HEADERS - 1}`);
  });
});
