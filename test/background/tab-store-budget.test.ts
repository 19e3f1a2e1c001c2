// The store's byte budget against a storage area that enforces Chrome's quota: one tab flooding
// with big headers stays within its share and keeps its failures, other tabs keep their capture, a
// write refused over quota loses nobody's pending chunks, and ten tabs together stay within the total.
import { describe, expect, it } from 'vitest';
import { createTabStore } from '../../src/background/tab-store';
import { entryBytes, pageBytes } from '../../src/background/store-budget';
import type { Header } from '../../src/engine/evidence';
import type { CapturedEntry, TabRecord } from '../../src/shared/capture-types';
import { MAX_BYTES_PER_TAB, MAX_BYTES_TOTAL, SESSION_QUOTA_BYTES } from '../../src/shared/limits';
import { quotaSession } from './quota-session';

type Store = ReturnType<typeof createTabStore>;
const never = () => undefined; // the tests flush by hand

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

const entriesOf = async (store: Store, tabId: number): Promise<CapturedEntry[]> => (await store.get(tabId))!.pages.flatMap((p) => p.entries);
const failuresOf = async (store: Store, tabId: number) => (await entriesOf(store, tabId)).filter((e) => e.status >= 500).map((e) => e.id);
/** The tab's size counted from scratch: what the store's running count must equal. */
const recounted = (tab: TabRecord) => tab.pages.reduce((sum, p) => sum + pageBytes(p) + p.entries.reduce((s, e) => s + entryBytes(e), 0), 0);

describe('the tab store\'s byte budget', () => {
  it('keeps a tab of 1,000 requests with 8 KB headers within its share, with every failure', async () => {
    const session = quotaSession(SESSION_QUOTA_BYTES);
    const store = createTabStore(session.area, never);
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
    const session = quotaSession(SESSION_QUOTA_BYTES);
    const store = createTabStore(session.area, never);
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
    expect(await createTabStore(session.area, never).get(2)).toEqual(quiet);
    expect(store.tabBytes(1)).toBeLessThanOrEqual(MAX_BYTES_PER_TAB);
    expect(session.refused).toBe(0);
  });

  it('retries a write refused over quota after shrinking the largest tab, with the other tabs\' pending chunks', async () => {
    const quota = 1024 * 1024;
    const session = quotaSession(quota);
    const store = createTabStore(session.area, never);
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
    expect(session.attempts.length).toBe(2);
    // Tab 2 landed with the retry, whole.
    expect(await createTabStore(session.area, never).get(2)).toEqual(quiet);
    // Tab 1 gave up its healthy history first, then its oldest failures; its page and newest failures stay.
    const kept = await failuresOf(store, 1);
    expect(kept[0]).toBe('main1');
    expect(kept.at(-1)).toBe('f99');
    expect(kept.length).toBeGreaterThan(50);
    expect((await entriesOf(store, 1)).filter((e) => e.status === 200)).toEqual([]);
    expect(session.used()).toBeLessThanOrEqual(quota);
    // What the restarted worker reads of tab 1 is what the store kept.
    expect(await createTabStore(session.area, never).get(1)).toEqual(await store.get(1));
  });

  it('keeps a write that failed for another reason for the next flush', async () => {
    const session = quotaSession(SESSION_QUOTA_BYTES);
    let failNext = true;
    const set = session.area.set;
    session.area.set = async (items) => {
      if (failNext) {
        failNext = false;
        throw new Error('IO error');
      }
      return set(items);
    };
    const store = createTabStore(session.area, never);
    await openPage(store, 3);
    await request(store, 3, 'a', 502, { requestKb: 1 });
    await store.flush();
    expect(session.data.size).toBe(0);
    // Nothing changed since: the next flush still writes what the failed one had.
    await store.flush();
    expect(await createTabStore(session.area, never).get(3)).toEqual(await store.get(3));
    expect(session.data.size).toBe(2);
  });

  it('keeps ten busy tabs within the total budget, sharing it fairly', async () => {
    const session = quotaSession(SESSION_QUOTA_BYTES);
    const store = createTabStore(session.area, never);
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
    const store = createTabStore(quotaSession(SESSION_QUOTA_BYTES).area, never);
    await openPage(store, 1);
    await openPage(store, 2);
    await request(store, 2, 'x', 200, { requestKb: 4 });
    const first = store.tabBytes(1);
    await store.remove(2);
    expect(store.tabBytes(2)).toBe(0);
    expect(store.totalBytes()).toBe(first);
  });
});
