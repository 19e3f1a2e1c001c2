// The site error history: its bounds (500 sites × 100 events), its privacy rules (an origin and a few
// facts per load; never a path, a query, a body or a header value but a node id; never a private
// tab; nothing once switched off), and a corrupt store read as empty.
import { describe, expect, it } from 'vitest';
import { buildState } from '../../src/background/build-state';
import { createHistory } from '../../src/background/history';
import { appendEvent, eventOfLoad, siteOf, type HistoryEvent } from '../../src/background/history-event';
import { createStateCache } from '../../src/background/state-cache';
import { createTabHistory } from '../../src/background/tab-history';
import type { CapturedEntry, TabRecord } from '../../src/shared/capture-types';
import { clearHistory, HISTORY_INDEX_KEY, HISTORY_ON_KEY, historySize, siteKey } from '../../src/shared/history-keys';
import { failingSince } from '../../src/popup/failing-since';
import { memorySession } from '../support/memory-session';

const event = (at: number, over: Partial<HistoryEvent> = {}): HistoryEvent => ({ at, status: 502, ms: 40, generator: 'nginx', blame: 'origin', failed: true, path: ['nginx'], ...over });

/** A recorder whose flushes the test runs (no timers), and a clock it sets. */
function recorder(options: { maxSites?: number; maxEvents?: number } = {}) {
  const area = memorySession();
  const clock = { now: 1_000 };
  const history = createHistory({ area, schedule: () => undefined, now: () => clock.now, ...options });
  return { area, clock, history };
}

describe('the history\'s bounds', () => {
  it('keeps the newest 100 events of a site: the 101st drops the oldest', async () => {
    const { area, history } = recorder();
    for (let i = 1; i <= 101; i++) expect(await history.record('https://a.example', event(i))).toBe(true);
    await history.flush();
    const stored = (area.data.get(siteKey('https://a.example')) as { events: HistoryEvent[] }).events;
    expect(stored).toHaveLength(100);
    expect(stored[0]!.at).toBe(2);
    expect(stored.at(-1)!.at).toBe(101);
  });

  it('records one load once, and keeps events in time order', () => {
    const events = appendEvent([event(5), event(9)], event(7));
    expect(events.map((e) => e.at)).toEqual([5, 7, 9]);
    expect(appendEvent(events, event(7, { status: 200 })).map((e) => e.at)).toEqual([5, 7, 9]);
  });

  it('keeps 500 sites: the 501st drops the least recently seen one', async () => {
    const { area, clock, history } = recorder();
    for (let i = 0; i < 501; i++) {
      clock.now += 1;
      // Site 0 is seen again just before the last: site 1 is then the least recently seen.
      if (i === 500) {
        await history.record('https://s0.example', event(2));
        await history.flush();
        clock.now += 1;
      }
      await history.record(`https://s${i}.example`, event(1));
      await history.flush();
    }
    const index = area.data.get(HISTORY_INDEX_KEY) as Record<string, number>;
    expect(Object.keys(index)).toHaveLength(500);
    expect(index).not.toHaveProperty(['https://s1.example']);
    expect(area.data.has(siteKey('https://s1.example'))).toBe(false);
    expect(area.data.has(siteKey('https://s0.example'))).toBe(true);
    expect(area.data.has(siteKey('https://s500.example'))).toBe(true);
    expect(await historySize(area)).toEqual({ sites: 500, events: 501 });
  });

  it('writes a burst of loads in one storage write', async () => {
    const area = memorySession();
    const timers: (() => void)[] = [];
    const history = createHistory({ area, schedule: (fn) => timers.push(fn) });
    for (let i = 1; i <= 20; i++) await history.record(`https://b${i % 3}.example`, event(i));
    expect(area.writes).toHaveLength(0);
    expect(timers).toHaveLength(1);
    timers[0]!();
    await history.flush();
    expect(area.writes).toHaveLength(1);
    expect(area.writes[0]!.sort()).toEqual([HISTORY_INDEX_KEY, ...[0, 1, 2].map((i) => siteKey(`https://b${i}.example`))].sort());
  });
});

describe('what is read back', () => {
  it('reads a corrupt site record, index or switch as empty, without throwing', async () => {
    const area = memorySession();
    await area.set({
      [siteKey('https://a.example')]: { events: [{ at: 'yesterday', status: 502 }] },
      [siteKey('https://b.example')]: 'not an object',
      [HISTORY_INDEX_KEY]: ['not', 'an', 'index'],
      [HISTORY_ON_KEY]: 'maybe',
    });
    const history = createHistory({ area, schedule: () => undefined });
    expect(await history.enabled()).toBe(true);
    expect(await history.eventsOf('https://a.example')).toEqual([]);
    expect(await history.eventsOf('https://b.example')).toEqual([]);
    // And recording over it works: the corrupt record is replaced, the index rebuilt.
    expect(await history.record('https://a.example', event(1))).toBe(true);
    await history.flush();
    expect(area.data.get(HISTORY_INDEX_KEY)).toEqual({ 'https://a.example': expect.any(Number) });
    expect(await createHistory({ area }).eventsOf('https://a.example')).toEqual([event(1)]);
  });

  it('drops an event carrying anything more than its fields', async () => {
    const area = memorySession();
    await area.set({ [siteKey('https://a.example')]: { events: [{ ...event(1), url: 'https://a.example/account?id=7' }] } });
    expect(await createHistory({ area }).eventsOf('https://a.example')).toEqual([]);
  });
});

const PAGE_URL = 'https://shop.example.com:8443/account/orders?session=s3cr3t&id=42';
const entry = (over: Partial<CapturedEntry>): CapturedEntry => ({
  id: 'r1', type: 'main_frame', frameId: 0, method: 'GET', url: PAGE_URL, t0: 1_000, tHeaders: 1_040, tEnd: 1_060, status: 502,
  responseHeaders: [{ name: 'Server', value: 'nginx/1.25.3' }, { name: 'Set-Cookie', value: 'sid=cookie-value' }, { name: 'X-Served-By', value: 'cache-fra19127-FRA' }], ...over,
});
const BODY = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center><p>private-order-text</p></body></html>';

/** One tab whose page the test replaces (a new load), its cache, history and storage. */
function tabWorld(options: { isPrivate?: boolean } = {}) {
  const area = memorySession();
  const timers: (() => void)[] = [];
  const history = createHistory({ area, schedule: (fn) => timers.push(fn) });
  const world = { record: undefined as TabRecord | undefined, version: 0 };
  const load = (key: string, over: Partial<CapturedEntry>, collected = true) => {
    const e = entry({ id: key, ...over });
    world.version += 1;
    world.record = { tabId: 1, pages: [{ key, url: e.url, startedAt: e.t0, prerender: false, entries: [e], ...(collected && { collected: { url: e.url, html: BODY, text: '502 Bad Gateway nginx', title: '502 Bad Gateway' } }) }] } as TabRecord;
  };
  const tabHistory = createTabHistory({
    history,
    isPrivate: async () => options.isPrivate ?? false,
    nodeOf: (headers) => headers.find((h) => h.name.toLowerCase() === 'x-served-by')?.value,
  });
  const cache = createStateCache({
    store: { get: async () => world.record, version: () => world.version },
    tabUrl: async () => world.record?.pages[0]!.entries[0]!.url,
    defaultLocale: () => 'en',
    now: () => 10_000,
    history: tabHistory,
  });
  const flush = async () => {
    for (const fn of timers.splice(0)) fn();
    await history.flush();
  };
  return { area, history, cache, load, flush };
}

describe('the history of a tab\'s loads', () => {
  it('records failures and successful loads, one event each, and gives them to the engine and the popup', async () => {
    const w = tabWorld();
    w.load('r1', { t0: 1_000, status: 200, responseHeaders: [{ name: 'Server', value: 'nginx' }] }, false);
    expect((await w.cache.stateOf(1)).kind).toBe('healthy');
    await w.cache.stateOf(1);
    w.load('r2', { t0: 5_000, tHeaders: 5_040, tEnd: 5_060 });
    const state = await w.cache.stateOf(1);
    expect(state.kind).toBe('failure');
    if (state.kind !== 'failure') return;
    expect(state.history?.map((s) => [s.at, s.failed, s.status])).toEqual([[1_000, false, 200], [5_000, true, 502]]);
    expect(state.history?.[1]).toMatchObject({ ms: 40, node: 'cache-fra19127-FRA', path: state.diagnosis.path.map((h) => h.generator) });
    await w.flush();
    expect(await w.history.eventsOf('https://shop.example.com:8443')).toHaveLength(2);
  });

  it('stores the origin and the facts of a load: no path, query, body or header value but the node id', async () => {
    const w = tabWorld();
    w.load('r1', {});
    await w.cache.stateOf(1);
    await w.flush();
    const stored = JSON.stringify([...w.area.data]);
    expect(stored).toContain('https://shop.example.com:8443');
    expect(stored).toContain('cache-fra19127-FRA');
    for (const secret of ['/account', 'orders', 'session', 's3cr3t', 'id=42', 'private-order-text', '502 Bad Gateway', 'nginx/1.25.3', 'sid=', 'cookie-value', 'Set-Cookie']) {
      expect(stored, secret).not.toContain(secret);
    }
  });

  it('never reads or writes the history of a private tab', async () => {
    const w = tabWorld({ isPrivate: true });
    await w.area.set({ [siteKey('https://shop.example.com:8443')]: { events: [event(1)] } });
    w.load('r1', {});
    const state = await w.cache.stateOf(1);
    expect(state.kind === 'failure' && state.history).toBeUndefined();
    await w.flush();
    expect(w.area.writes).toHaveLength(1); // the test's own
  });

  it('records nothing once switched off, and nothing cleared comes back', async () => {
    const w = tabWorld();
    w.load('r1', { t0: 1_000 });
    await w.cache.stateOf(1);
    await w.flush();
    await clearHistory(w.area);
    w.history.storageChanged({ [HISTORY_INDEX_KEY]: {}, [siteKey('https://shop.example.com:8443')]: {} });
    expect(await w.history.eventsOf('https://shop.example.com:8443')).toEqual([]);
    await w.area.set({ [HISTORY_ON_KEY]: false });
    w.history.storageChanged({ [HISTORY_ON_KEY]: { newValue: false } });
    w.load('r2', { t0: 2_000 });
    const state = await w.cache.stateOf(1);
    expect(state.kind === 'failure' && state.history).toBeUndefined();
    await w.flush();
    expect(await historySize(w.area)).toEqual({ sites: 0, events: 0 });
    expect([...w.area.data.keys()]).toEqual([HISTORY_ON_KEY]);
  });

  it('reads a switch turned off before the worker started', async () => {
    const area = memorySession();
    await area.set({ [HISTORY_ON_KEY]: false });
    const history = createHistory({ area, schedule: () => undefined });
    expect(await history.record('https://a.example', event(1))).toBe(false);
    await history.flush();
    expect(area.writes).toHaveLength(1);
  });
});

describe('a site and a load', () => {
  it('keeps only the origin of a web page', () => {
    expect(siteOf('https://a.example/x/y?q=1#f')).toBe('https://a.example');
    expect(siteOf('http://127.0.0.1:8080/p')).toBe('http://127.0.0.1:8080');
    expect(siteOf('chrome://newtab/')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
  });

  it('is no event while loading', () => {
    expect(eventOfLoad(entry({}), { kind: 'loading', tabId: 1, url: PAGE_URL, requestCount: 1 }, 'en')).toBeUndefined();
  });
});

describe('since when a site fails', () => {
  const s = (at: number, failed: boolean) => ({ at, status: failed ? 502 : 200, ms: 10, failed });
  it('is the first failure after the last good load, and nothing when the latest load worked', () => {
    expect(failingSince([s(1, true), s(2, false), s(3, true), s(4, true)])).toBe(3);
    expect(failingSince([s(1, true), s(2, true)])).toBe(1);
    expect(failingSince([s(1, true), s(2, false)])).toBeUndefined();
    expect(failingSince([])).toBeUndefined();
  });
});

describe('the history as the engine\'s evidence', () => {
  it('gives the page\'s diagnosis its site\'s loads: failures at intervals raise "one backend unhealthy"', () => {
    const e = entry({ url: 'https://a.example/', t0: 5_000, tHeaders: 5_040, tEnd: 5_060 });
    const tab = { tabId: 1, pages: [{ key: 'r1', url: e.url, startedAt: 5_000, prerender: false, entries: [e], collected: { url: e.url, html: BODY, text: '', title: '502 Bad Gateway' } }] } as TabRecord;
    const samples = [1_000, 2_000, 3_000, 4_000, 5_000].map((at, i) => ({ at, status: i % 2 === 1 || at === 5_000 ? 502 : 200, ms: 40, failed: i % 2 === 1 || at === 5_000, path: ['nginx'] }));
    const causes = (state: ReturnType<typeof buildState>) => (state.kind === 'failure' ? state.diagnosis.causes.map((c) => c.id) : []);
    const withHistory = buildState(1, e.url, tab, 10_000, 'en', samples);
    expect(withHistory.kind === 'failure' && withHistory.history).toEqual(samples);
    expect(causes(withHistory)).toContain('one-backend-unhealthy');
    expect(causes(buildState(1, e.url, tab, 10_000, 'en'))).not.toContain('one-backend-unhealthy');
  });
});
