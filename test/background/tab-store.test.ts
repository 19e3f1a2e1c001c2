// The per-tab store: what a restarted worker reads back is what it had; a flush writes only the
// chunks that changed; bounds hold and keep failures; a closed tab leaves nothing behind.
import { describe, expect, it } from 'vitest';
import { CHUNK, createTabStore, type SessionArea } from '../../src/background/tab-store';
import type { CapturedEntry } from '../../src/shared/capture-types';
import { MAX_ENTRIES_PER_TAB } from '../../src/shared/limits';

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

async function pageWith(store: ReturnType<typeof createTabStore>, tabId: number, n: number) {
  await store.addPage(tabId, { key: 'main', url: 'https://a.example/', startedAt: 1, prerender: false, entries: [entry('main', { type: 'main_frame', status: 502 })] });
  for (let i = 0; i < n; i++) await store.addEntry(tabId, false, entry(`r${i}`));
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
    await store.changeEntry(1, 'main', (e, page, append) => {
      e.redirectTo = 'https://b.example/';
      append({ ...e, url: 'https://b.example/', redirectTo: undefined, status: 0 });
      page.url = 'https://b.example/';
    });
    await store.changeEntry(1, 'main', (e) => {
      e.status = 502;
    });
    const [first, second] = (await store.get(1))!.pages[0]!.entries;
    expect([first!.redirectTo, second!.url, second!.status]).toEqual(['https://b.example/', 'https://b.example/', 502]);
  });

  it('stays within its bounds, keeping failures before healthy entries', async () => {
    const store = createTabStore(memorySession().area, never);
    await pageWith(store, 1, 10);
    for (let i = 0; i < 5; i++) await store.addEntry(1, false, entry(`fail${i}`, { status: 502 }));
    for (let i = 0; i < MAX_ENTRIES_PER_TAB + 500; i++) await store.addEntry(1, false, entry(`ok${i}`));
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

  it('removes the chunks a trim made unnecessary', async () => {
    const session = memorySession();
    const store = createTabStore(session.area, never);
    await pageWith(store, 1, MAX_ENTRIES_PER_TAB + 10);
    await store.flush();
    const chunks = [...session.data.keys()].filter((k) => k.startsWith('tab:1:main:'));
    const kept = (await store.get(1))!.pages[0]!.entries.length;
    expect(chunks).toHaveLength(Math.ceil(kept / CHUNK));
  });
});
