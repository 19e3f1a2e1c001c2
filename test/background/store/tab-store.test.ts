// The per-tab store: what a restarted worker reads back is what it had; a flush writes only the
// chunks that changed; bounds hold and keep failures; a closed tab leaves nothing behind; readers
// get read-only copies. Its byte budget, against a storage area that enforces Chrome's quota: one
// tab flooding with big headers stays within its share and keeps its failures, other tabs keep
// their capture, a write refused over quota loses nobody's pending chunks, and ten tabs together
// stay within the total.
import { describe, expect, it } from 'vitest';
import { CHUNK, createTabStore, type EntryView, type TabView } from '../../../src/background/store';
import { entryBytes, pageBytes } from '../../../src/background/store/store-budget';
import type { Header } from '../../../src/engine/evidence';
import type { CapturedEntry } from '../../../src/shared/capture-types';
import { MAX_BYTES_PER_TAB, MAX_BYTES_TOTAL, MAX_ENTRIES_PER_TAB, MAX_PAGES_PER_TAB, SESSION_QUOTA_BYTES } from '../../../src/shared/limits';
import { memorySession } from '../../support/memory-session';

const entry = (id: string, extra: Partial<CapturedEntry> = {}): CapturedEntry => ({
  id, type: 'xmlhttprequest', frameId: 0, method: 'GET', url: `https://a.example/${id}`, t0: 1, status: 200, tEnd: 2, ...extra,
});
const never = () => undefined; // the test flushes by hand

/** A new request of the tab's shown page, as the capture adds it. */
const addEntry = (store: ReturnType<typeof createTabStore>, tabId: number, e: CapturedEntry) => store.upsertEntry(tabId, false, e.id, () => e, never);

async function pageWith(store: ReturnType<typeof createTabStore>, tabId: number, n: number) {
  await store.addPage(tabId, { key: 'main', url: 'https://a.example/', startedAt: 1, prerender: false, entries: [entry('main', { type: 'main_frame', status: 502 })] });
  for (let i = 0; i < n; i++) await addEntry(store, tabId, entry(`r${i}`));
}

describe('tab store', () => {
  it('gives a restarted worker back exactly what it had', async () => {
    const session = memorySession();
    const store = createTabStore(session, never);
    await pageWith(store, 7, 150);
    await store.changeEntry(7, 'r10', (e) => {
      e.status = 503;
    });
    await store.update(7, (tab) => {
      tab.pages[0]!.collected = { url: 'https://a.example/', title: 't', html: '<p>x</p>', text: 'x' };
    });
    await store.flush();
    const before = await store.get(7);
    const restarted = createTabStore(session, never);
    expect(await restarted.get(7)).toEqual(before);
    expect(restarted.totalEntries()).toBe(151);
    // The index is rebuilt: an event for an old request still finds its entry.
    await restarted.changeEntry(7, 'r149', (e) => {
      e.status = 504;
    });
    expect((await restarted.get(7))!.pages[0]!.entries.at(-1)!.status).toBe(504);
  });

  it('writes only the chunk that changed, not the tab', async () => {
    const session = memorySession();
    const store = createTabStore(session, never);
    await pageWith(store, 1, 5 * CHUNK);
    await store.flush();
    session.writes.length = 0;
    await store.changeEntry(1, 'r70', (e) => {
      e.status = 500;
    });
    await store.flush();
    // r70 sits at position 71 (the page's own request is first).
    expect(session.writes).toEqual([[`tab:1:main:${Math.floor(71 / CHUNK)}`]]);
  });

  it('follows a redirect: the next hop is a new entry under the same request id', async () => {
    const store = createTabStore(memorySession(), never);
    await pageWith(store, 1, 0);
    await store.changeEntry(1, 'main', (e, page) => {
      e.redirectTo = 'https://b.example/';
      page.url = 'https://b.example/';
    });
    // The next hop's first event: its page is the same page, under the same key.
    await store.addPage(1, { key: 'main', url: 'https://b.example/', startedAt: 2, prerender: false, entries: [entry('main', { type: 'main_frame', url: 'https://b.example/', status: 0 })] });
    await store.upsertEntry(1, false, 'main', () => entry('unused'), (e) => {
      e.status = 502;
    });
    const tab = (await store.get(1))!;
    expect(tab.pages).toHaveLength(1);
    const [first, second] = tab.pages[0]!.entries;
    expect([first!.redirectTo, second!.url, second!.status, tab.pages[0]!.url]).toEqual(['https://b.example/', 'https://b.example/', 502, 'https://b.example/']);
  });

  it('adds a request it has not seen when its first event arrives late, and only once', async () => {
    const store = createTabStore(memorySession(), never);
    await pageWith(store, 1, 0);
    for (const status of [0, 200]) {
      await store.upsertEntry(1, false, 'cached', () => entry('cached', { status: 0, tEnd: undefined }), (e) => {
        e.status = status;
      });
    }
    expect((await store.get(1))!.pages[0]!.entries.map((e) => [e.id, e.status])).toEqual([['main', 502], ['cached', 200]]);
  });

  it('stays within its bounds, keeping failures before healthy entries', async () => {
    const store = createTabStore(memorySession(), never);
    await pageWith(store, 1, 10);
    for (let i = 0; i < 5; i++) await addEntry(store, 1, entry(`fail${i}`, { status: 502 }));
    for (let i = 0; i < MAX_ENTRIES_PER_TAB + 500; i++) await addEntry(store, 1, entry(`ok${i}`));
    const entries = (await store.get(1))!.pages[0]!.entries;
    expect(entries.length).toBeLessThanOrEqual(MAX_ENTRIES_PER_TAB);
    expect(entries.filter((e) => e.status === 502).map((e) => e.id)).toEqual(['main', 'fail0', 'fail1', 'fail2', 'fail3', 'fail4']);
    expect(store.totalEntries()).toBe(entries.length);
  });

  it('leaves nothing in storage when the tab closes', async () => {
    const session = memorySession();
    const store = createTabStore(session, never);
    await pageWith(store, 3, 3 * CHUNK);
    await store.flush();
    expect(session.data.size).toBe(1 + 4);
    await store.remove(3);
    expect(session.data.size).toBe(0);
    expect(await store.get(3)).toBeUndefined();
  });

  it('removes the chunks a trim emptied, and keeps nothing outside its page list', async () => {
    const session = memorySession();
    const store = createTabStore(session, never);
    await pageWith(store, 1, MAX_ENTRIES_PER_TAB + 10);
    await store.flush();
    const meta = JSON.parse(session.data.get('tab:1') as string) as { pages: { key: string; chunks: number[] }[] };
    const listed = meta.pages.flatMap((p) => p.chunks.map((n) => `tab:1:${p.key}:${n}`));
    expect([...session.data.keys()].filter((k) => k !== 'tab:1').sort()).toEqual(listed.sort());
    // A restarted worker reads back exactly the trimmed tab.
    const kept = await store.get(1);
    expect(await createTabStore(session, never).get(1)).toEqual(kept);
  });

  it('trims by emptying the oldest chunks: later chunks are not rewritten', async () => {
    const session = memorySession();
    const store = createTabStore(session, never);
    await pageWith(store, 1, MAX_ENTRIES_PER_TAB - 1);
    await store.flush();
    session.writes.length = 0;
    await addEntry(store, 1, entry('one-too-many'));
    await store.flush();
    const rewritten = session.writes.flat().filter((k) => k.startsWith('tab:1:main:'));
    // The newest chunk (the new entry), the first chunk (the page's own request stays) and the
    // chunk where the trim stopped; the emptied ones are removed, the ~110 later ones untouched.
    expect(rewritten.length).toBeLessThanOrEqual(3);
    expect((await store.get(1))!.pages[0]!.entries[0]!.id).toBe('main');
  });

  it('keeps a failure that sits in a trimmed chunk, and finds it after a restart', async () => {
    const session = memorySession();
    const store = createTabStore(session, never);
    await pageWith(store, 1, 3);
    await store.changeEntry(1, 'r1', (e) => {
      e.status = 504;
    });
    for (let i = 0; i < MAX_ENTRIES_PER_TAB; i++) await addEntry(store, 1, entry(`ok${i}`));
    await store.flush();
    const restarted = createTabStore(session, never);
    const entries = (await restarted.get(1))!.pages[0]!.entries;
    expect(entries.slice(0, 2).map((e) => e.id)).toEqual(['main', 'r1']);
    expect(entries.length).toBeLessThanOrEqual(MAX_ENTRIES_PER_TAB);
    await restarted.changeEntry(1, 'r1', (e) => {
      e.statusLine = 'HTTP/1.1 504 Gateway Timeout';
    });
    expect((await restarted.get(1))!.pages[0]!.entries[1]!.statusLine).toBe('HTTP/1.1 504 Gateway Timeout');
  });

  it('re-chunks a page whose entries an update replaced, and drops the old chunks', async () => {
    const session = memorySession();
    const store = createTabStore(session, never);
    await pageWith(store, 1, 3 * CHUNK);
    await store.flush();
    await store.update(1, (tab) => {
      tab.pages[0]!.entries = tab.pages[0]!.entries.slice(0, 5);
    });
    await store.flush();
    expect([...session.data.keys()].filter((k) => k.startsWith('tab:1:main:'))).toHaveLength(1);
    expect((await createTabStore(session, never).get(1))!.pages[0]!.entries.map((e) => e.id)).toEqual(['main', 'r0', 'r1', 'r2', 'r3']);
    expect(store.totalEntries()).toBe(5);
  });

  it('drops the oldest pages and their chunks beyond the page limit', async () => {
    const session = memorySession();
    const store = createTabStore(session, never);
    for (let p = 0; p < MAX_PAGES_PER_TAB + 3; p++) {
      await store.addPage(1, { key: `page${p}`, url: `https://a.example/${p}`, startedAt: p, prerender: false, entries: [entry(`page${p}`, { type: 'main_frame' })] });
      for (let i = 0; i < CHUNK + 1; i++) await addEntry(store, 1, entry(`p${p}r${i}`));
    }
    await store.flush();
    const pages = (await store.get(1))!.pages.map((p) => p.key);
    expect(pages).toHaveLength(MAX_PAGES_PER_TAB);
    expect(pages.at(-1)).toBe(`page${MAX_PAGES_PER_TAB + 2}`);
    const stored = new Set([...session.data.keys()].map((k) => k.split(':')[2]).filter(Boolean));
    expect([...stored].sort()).toEqual([...pages].sort());
    expect(store.totalEntries()).toBe(MAX_PAGES_PER_TAB * (CHUNK + 2));
  });

  it('hands readers a frozen copy, one per version, and changes a record only through update', async () => {
    const store = createTabStore(memorySession(), never);
    await pageWith(store, 1, 1);
    const first = (await store.get(1))!;
    expect(await store.get(1)).toBe(first); // nothing changed: the same copy
    expect(Object.isFrozen(first) && Object.isFrozen(first.pages) && Object.isFrozen(first.pages[0]) && Object.isFrozen(first.pages[0]!.entries)).toBe(true);
    expect(() => {
      (first.pages[0] as { trace?: null }).trace = null;
    }).toThrow(TypeError);
    await store.update(1, (tab) => {
      tab.pages[0]!.trace = null;
    });
    const second = (await store.get(1))!;
    expect([second === first, second.pages[0]!.trace, first.pages[0]!.trace]).toEqual([false, null, undefined]);
  });

  it('gives each change of a tab a new version, never one it gave before', async () => {
    const store = createTabStore(memorySession(), never);
    expect(store.version(1)).toBe(-1); // not loaded: matches no cached version
    await pageWith(store, 1, 2);
    const seen = [store.version(1)];
    await store.changeEntry(1, 'r0', (e) => {
      e.status = 503;
    });
    seen.push(store.version(1));
    await store.get(1);
    expect(store.version(1)).toBe(seen.at(-1)); // reading changes nothing
    await store.update(1, (tab) => {
      tab.pages[0]!.url = 'https://a.example/moved';
    });
    seen.push(store.version(1));
    await store.remove(1);
    await pageWith(store, 1, 2); // the same tab id again, after the tab was closed
    seen.push(store.version(1));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

type Store = ReturnType<typeof createTabStore>;

/** Request headers of about `kb` KB: a big cookie and a few ordinary headers. */
const requestHeaders = (kb: number): Header[] => [
  { name: 'accept', value: '*/*' },
  { name: 'user-agent', value: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0' },
  { name: 'cookie', value: 'c'.repeat(kb * 1024 - 60) },
];
const responseHeaders = (kb = 0): Header[] => [{ name: 'server', value: 'nginx' }, { name: 'x-pad', value: 'p'.repeat(kb * 1024) }];

async function openPage(store: Store, tabId: number) {
  await store.addPage(tabId, { key: `main${tabId}`, url: `https://tab${tabId}.example/`, startedAt: 1, prerender: false, entries: [{
    id: `main${tabId}`, type: 'main_frame', frameId: 0, method: 'GET', url: `https://tab${tabId}.example/`, t0: 1, tEnd: 2, status: 502,
    requestHeaders: requestHeaders(2), responseHeaders: responseHeaders(),
  }] });
}

/** A sub-request as the capture records it: a bare entry first, then its headers and its end. */
async function request(store: Store, tabId: number, id: string, status: number, headers: { requestKb: number; responseKb?: number }) {
  await store.upsertEntry(tabId, false, id, () => ({ id, type: 'xmlhttprequest', frameId: 0, method: 'GET', url: `https://tab${tabId}.example/api/${id}`, t0: 3, status: 0 }), (e) => {
    e.tSend = 4;
    if (headers.requestKb > 0) e.requestHeaders = requestHeaders(headers.requestKb);
  });
  await store.changeEntry(tabId, id, (e) => {
    e.status = status;
    e.statusLine = `HTTP/1.1 ${status}`;
    e.responseHeaders = responseHeaders(headers.responseKb);
    e.tEnd = 5;
  });
}

const entriesOf = async (store: Store, tabId: number): Promise<readonly EntryView[]> => (await store.get(tabId))!.pages.flatMap((p) => p.entries);
const failuresOf = async (store: Store, tabId: number) => (await entriesOf(store, tabId)).filter((e) => e.status >= 500).map((e) => e.id);
/** The tab's size counted from scratch: what the store's running count must equal. */
const recounted = (tab: TabView) => tab.pages.reduce((sum, p) => sum + pageBytes(p) + p.entries.reduce((s, e) => s + entryBytes(e), 0), 0);

describe('the tab store\'s byte budget', () => {
  it('keeps a tab of 1,000 requests with 8 KB headers within its share, with every failure', async () => {
    const session = memorySession({ quota: SESSION_QUOTA_BYTES });
    const store = createTabStore(session, never);
    await openPage(store, 1);
    const failing: string[] = [];
    for (let i = 0; i < 1_000; i++) {
      const failed = i % 50 === 7;
      if (failed) failing.push(`r${i}`);
      await request(store, 1, `r${i}`, failed ? 502 : 200, { requestKb: 8 });
    }
    await store.flush();
    expect(store.tabBytes(1)).toBeLessThanOrEqual(MAX_BYTES_PER_TAB);
    expect(store.tabBytes(1)).toBe(recounted((await store.get(1))!));
    expect(await failuresOf(store, 1)).toEqual(['main1', ...failing]);
    // What was given up is the oldest healthy history; the newest is still there.
    const entries = await entriesOf(store, 1);
    expect(entries.at(-1)!.id).toBe('r999');
    expect(entries.filter((e) => e.status === 200).length).toBeGreaterThan(100);
    expect(session.usedBy(1)).toBeLessThanOrEqual(MAX_BYTES_PER_TAB);
    expect(session.refused).toBe(0);
  });

  it('leaves another tab\'s capture intact while one tab floods', async () => {
    const session = memorySession({ quota: SESSION_QUOTA_BYTES });
    const store = createTabStore(session, never);
    await openPage(store, 2);
    // Healthy sub-requests are stored without request headers: only the failure carries them here,
    // so what a restarted worker reads back equals what this worker holds.
    for (let i = 0; i < 10; i++) await request(store, 2, `q${i}`, i === 4 ? 504 : 200, { requestKb: i === 4 ? 1 : 0, responseKb: 1 });
    await store.flush();
    const quiet = structuredClone(await store.get(2));
    await openPage(store, 1);
    for (let i = 0; i < 1_000; i++) {
      await request(store, 1, `r${i}`, 200, { requestKb: 8, responseKb: 1 });
      if (i % 100 === 99) await store.flush();
    }
    await store.flush();
    expect(await store.get(2)).toEqual(quiet);
    // A restarted worker reads the quiet tab back whole, too.
    expect(await createTabStore(session, never).get(2)).toEqual(quiet);
    expect(store.tabBytes(1)).toBeLessThanOrEqual(MAX_BYTES_PER_TAB);
    expect(session.refused).toBe(0);
  });

  it('retries a write refused over quota after shrinking the largest tab, with the other tabs\' pending chunks', async () => {
    const quota = 1024 * 1024;
    const session = memorySession({ quota });
    const store = createTabStore(session, never);
    // Tab 1: within its byte share, but more than this smaller quota holds. Failures keep their
    // request headers in storage; healthy requests are stored without theirs.
    await openPage(store, 1);
    for (let i = 0; i < 300; i++) await request(store, 1, `ok${i}`, 200, { requestKb: 0, responseKb: 1 });
    const failing: string[] = [];
    for (let i = 0; i < 100; i++) {
      failing.push(`f${i}`);
      await request(store, 1, `f${i}`, 502, { requestKb: 8 });
    }
    // Tab 2's pending write goes into the same flush as tab 1's.
    await openPage(store, 2);
    for (let i = 0; i < 5; i++) await request(store, 2, `q${i}`, i === 0 ? 503 : 200, { requestKb: i === 0 ? 1 : 0 });
    const quiet = structuredClone(await store.get(2));
    expect(store.tabBytes(1)).toBeLessThanOrEqual(MAX_BYTES_PER_TAB);
    await store.flush();
    expect(session.refused).toBe(1);
    expect(session.writes.length).toBe(2);
    // Tab 2 landed with the retry, whole.
    expect(await createTabStore(session, never).get(2)).toEqual(quiet);
    // Tab 1 gave up its healthy history first, then its oldest failures; its page and newest failures stay.
    const kept = await failuresOf(store, 1);
    expect(kept[0]).toBe('main1');
    expect(kept.at(-1)).toBe('f99');
    expect(kept.length).toBeGreaterThan(50);
    expect((await entriesOf(store, 1)).filter((e) => e.status === 200)).toEqual([]);
    expect(session.used()).toBeLessThanOrEqual(quota);
    // What the restarted worker reads of tab 1 is what the store kept.
    expect(await createTabStore(session, never).get(1)).toEqual(await store.get(1));
  });

  it('keeps a write that failed for another reason for the next flush', async () => {
    const session = memorySession({ quota: SESSION_QUOTA_BYTES });
    let failNext = true;
    const set = session.set;
    session.set = async (items) => {
      if (failNext) {
        failNext = false;
        throw new Error('IO error');
      }
      return set(items);
    };
    const store = createTabStore(session, never);
    await openPage(store, 3);
    await request(store, 3, 'a', 502, { requestKb: 1 });
    await store.flush();
    expect(session.data.size).toBe(0);
    // Nothing changed since: the next flush still writes what the failed one had.
    await store.flush();
    expect(await createTabStore(session, never).get(3)).toEqual(await store.get(3));
    expect(session.data.size).toBe(2);
  });

  it('keeps ten busy tabs within the total budget, sharing it fairly', async () => {
    const session = memorySession({ quota: SESSION_QUOTA_BYTES });
    const store = createTabStore(session, never);
    for (let tabId = 1; tabId <= 10; tabId++) {
      await openPage(store, tabId);
      for (let i = 0; i < 300; i++) await request(store, tabId, `t${tabId}r${i}`, i === 150 ? 500 : 200, { requestKb: 4 });
      await store.flush();
    }
    expect(store.totalBytes()).toBeLessThanOrEqual(MAX_BYTES_TOTAL);
    expect(session.used()).toBeLessThanOrEqual(MAX_BYTES_TOTAL);
    expect(session.refused).toBe(0);
    let sum = 0;
    const sizes: number[] = [];
    for (let tabId = 1; tabId <= 10; tabId++) {
      expect(await failuresOf(store, tabId)).toEqual([`main${tabId}`, `t${tabId}r150`]);
      expect(store.tabBytes(tabId)).toBe(recounted((await store.get(tabId))!));
      sizes.push(store.tabBytes(tabId));
      sum += store.tabBytes(tabId);
    }
    expect(store.totalBytes()).toBe(sum);
    // The first tabs were cut to the level of the others, not emptied for them.
    expect(Math.min(...sizes)).toBeGreaterThan(Math.max(...sizes) / 2);
  });

  it('gives a closed tab\'s bytes back to the total', async () => {
    const store = createTabStore(memorySession({ quota: SESSION_QUOTA_BYTES }), never);
    await openPage(store, 1);
    await openPage(store, 2);
    await request(store, 2, 'x', 200, { requestKb: 4 });
    const first = store.tabBytes(1);
    await store.remove(2);
    expect(store.tabBytes(2)).toBe(0);
    expect(store.totalBytes()).toBe(first);
  });
});
