// The per-tab store: what a restarted worker reads back is what it had; a flush writes only the
// chunks that changed; bounds hold and keep failures; a closed tab leaves nothing behind.
import { describe, expect, it } from 'vitest';
import { CHUNK, createTabStore, type SessionArea } from '../../src/background/tab-store';
import type { CapturedEntry } from '../../src/shared/capture-types';
import { MAX_ENTRIES_PER_TAB, MAX_PAGES_PER_TAB } from '../../src/shared/limits';

function memorySession() {
  const data = new Map<string, unknown>();
  const writes: string[][] = [];
  const area: SessionArea = {
    async get(keys) {
      const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      writes.push(Object.keys(items));
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
  return { area, data, writes };
}

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
    const store = createTabStore(session.area, never);
    await pageWith(store, 7, 150);
    await store.changeEntry(7, 'r10', (e) => {
      e.status = 503;
    });
    await store.update(7, (tab) => {
      tab.pages[0]!.collected = { url: 'https://a.example/', contentType: 'text/html', title: 't', html: '<p>x</p>', text: 'x', footer: '', meta: [] };
    });
    await store.flush();
    const before = await store.get(7);
    const restarted = createTabStore(session.area, never);
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
    const store = createTabStore(session.area, never);
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
    const store = createTabStore(memorySession().area, never);
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
    const store = createTabStore(memorySession().area, never);
    await pageWith(store, 1, 0);
    for (const status of [0, 200]) {
      await store.upsertEntry(1, false, 'cached', () => entry('cached', { status: 0, tEnd: undefined }), (e) => {
        e.status = status;
      });
    }
    expect((await store.get(1))!.pages[0]!.entries.map((e) => [e.id, e.status])).toEqual([['main', 502], ['cached', 200]]);
  });

  it('stays within its bounds, keeping failures before healthy entries', async () => {
    const store = createTabStore(memorySession().area, never);
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
    const store = createTabStore(session.area, never);
    await pageWith(store, 3, 3 * CHUNK);
    await store.flush();
    expect(session.data.size).toBe(1 + 4);
    await store.remove(3);
    expect(session.data.size).toBe(0);
    expect(await store.get(3)).toBeUndefined();
  });

  it('removes the chunks a trim emptied, and keeps nothing outside its page list', async () => {
    const session = memorySession();
    const store = createTabStore(session.area, never);
    await pageWith(store, 1, MAX_ENTRIES_PER_TAB + 10);
    await store.flush();
    const meta = JSON.parse(session.data.get('tab:1') as string) as { pages: { key: string; chunks: number[] }[] };
    const listed = meta.pages.flatMap((p) => p.chunks.map((n) => `tab:1:${p.key}:${n}`));
    expect([...session.data.keys()].filter((k) => k !== 'tab:1').sort()).toEqual(listed.sort());
    // A restarted worker reads back exactly the trimmed tab.
    const kept = await store.get(1);
    expect(await createTabStore(session.area, never).get(1)).toEqual(kept);
  });

  it('trims by emptying the oldest chunks: later chunks are not rewritten', async () => {
    const session = memorySession();
    const store = createTabStore(session.area, never);
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
    const store = createTabStore(session.area, never);
    await pageWith(store, 1, 3);
    await store.changeEntry(1, 'r1', (e) => {
      e.status = 504;
    });
    for (let i = 0; i < MAX_ENTRIES_PER_TAB; i++) await addEntry(store, 1, entry(`ok${i}`));
    await store.flush();
    const restarted = createTabStore(session.area, never);
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
    const store = createTabStore(session.area, never);
    await pageWith(store, 1, 3 * CHUNK);
    await store.flush();
    await store.update(1, (tab) => {
      tab.pages[0]!.entries = tab.pages[0]!.entries.slice(0, 5);
    });
    await store.flush();
    expect([...session.data.keys()].filter((k) => k.startsWith('tab:1:main:'))).toHaveLength(1);
    expect((await createTabStore(session.area, never).get(1))!.pages[0]!.entries.map((e) => e.id)).toEqual(['main', 'r0', 'r1', 'r2', 'r3']);
    expect(store.totalEntries()).toBe(5);
  });

  it('drops the oldest pages and their chunks beyond the page limit', async () => {
    const session = memorySession();
    const store = createTabStore(session.area, never);
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

  it('gives each change of a tab a new version, never one it gave before', async () => {
    const store = createTabStore(memorySession().area, never);
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
