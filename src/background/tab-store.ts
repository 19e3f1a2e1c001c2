// Per-tab capture state: in memory for speed, mirrored to storage.session (debounced) so a killed
// worker restarts with everything it had. Bounded per tab and in total; when trimming, healthy
// entries go before failures, oldest first.
import type { CapturedEntry, PageRecord, TabRecord } from '../shared/capture-types';
import { MAX_ENTRIES_PER_TAB, MAX_ENTRIES_TOTAL, MAX_PAGES_PER_TAB, PERSIST_DELAY_MS } from '../shared/limits';
import { isFailure } from './entries';

export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

function isTabRecord(value: unknown): value is TabRecord {
  return typeof value === 'object' && value !== null && Array.isArray((value as TabRecord).pages) && typeof (value as TabRecord).tabId === 'number';
}

export interface TabStore {
  /** Runs `change` on the tab's record, loading it first after a worker restart. */
  update(tabId: number, change: (tab: TabRecord) => void): Promise<void>;
  get(tabId: number): Promise<TabRecord | undefined>;
  remove(tabId: number): Promise<void>;
  /** The live entry for a request id (in flight or just finished). */
  entry(tab: TabRecord, requestId: string): CapturedEntry | undefined;
  /** Writes every pending change now (tests, and before the worker is suspended). */
  flush(): Promise<void>;
  totalEntries(): number;
}

export function createTabStore(
  storage: SessionArea,
  schedule: (fn: () => void, ms: number) => unknown = setTimeout,
  /** Called after every change to a tab's record (caches derived from it drop their copy). */
  onChange: (tabId: number) => void = () => undefined,
): TabStore {
  const tabs = new Map<number, TabRecord>();
  const loading = new Map<number, Promise<TabRecord>>();
  const dirty = new Set<number>();
  let flushTimer: unknown;
  let total = 0;

  const count = (tab: TabRecord) => tab.pages.reduce((n, p) => n + p.entries.length, 0);

  async function load(tabId: number): Promise<TabRecord> {
    const known = tabs.get(tabId);
    if (known) return known;
    let pending = loading.get(tabId);
    if (!pending) {
      pending = storage.get(keyOf(tabId)).then((items) => {
        const stored = items[keyOf(tabId)];
        const tab = tabs.get(tabId) ?? (isTabRecord(stored) && stored.tabId === tabId ? stored : { tabId, pages: [] });
        if (!tabs.has(tabId)) {
          tabs.set(tabId, tab);
          total += count(tab);
        }
        loading.delete(tabId);
        return tab;
      }, () => {
        const tab = { tabId, pages: [] };
        tabs.set(tabId, tab);
        loading.delete(tabId);
        return tab;
      });
      loading.set(tabId, pending);
    }
    return pending;
  }

  async function flush(): Promise<void> {
    flushTimer = undefined;
    const ids = [...dirty];
    dirty.clear();
    const items: Record<string, unknown> = {};
    for (const id of ids) {
      const tab = tabs.get(id);
      if (tab) items[keyOf(id)] = tab;
    }
    if (ids.length === 0) return;
    try {
      await storage.set(items);
    } catch {
      // Over quota: halve the largest tab's healthy history and try once more.
      const largest = [...tabs.values()].sort((a, b) => count(b) - count(a))[0];
      if (largest) trimTab(largest, Math.floor(count(largest) / 2));
      await storage.set(Object.fromEntries(ids.flatMap((id) => (tabs.get(id) ? [[keyOf(id), tabs.get(id)]] : [])))).catch(() => undefined);
    }
  }

  function markDirty(tabId: number): void {
    dirty.add(tabId);
    flushTimer ??= schedule(() => void flush(), PERSIST_DELAY_MS);
  }

  /** Removes entries until the tab holds at most `limit`: finished healthy ones first, oldest first. */
  function trimTab(tab: TabRecord, limit: number): void {
    let excess = count(tab) - limit;
    for (const keepFailures of [true, false]) {
      for (const page of tab.pages) {
        if (excess <= 0) return;
        const before = page.entries.length;
        page.entries = page.entries.filter((e, i) => {
          if (excess <= 0 || i === 0) return true; // the page's own request stays
          const removable = e.tEnd !== undefined && !(keepFailures && (isFailure(e) || e.status >= 400));
          if (removable) excess--;
          return !removable;
        });
        total -= before - page.entries.length;
      }
    }
  }

  function enforceBounds(tab: TabRecord): void {
    while (tab.pages.length > MAX_PAGES_PER_TAB) {
      total -= tab.pages.shift()!.entries.length;
    }
    if (count(tab) > MAX_ENTRIES_PER_TAB) trimTab(tab, MAX_ENTRIES_PER_TAB);
    if (total > MAX_ENTRIES_TOTAL) {
      for (const other of [...tabs.values()].sort((a, b) => count(b) - count(a))) {
        if (total <= MAX_ENTRIES_TOTAL) break;
        trimTab(other, Math.max(1, count(other) - (total - MAX_ENTRIES_TOTAL)));
        markDirty(other.tabId);
      }
    }
  }

  return {
    async update(tabId, change) {
      const tab = tabs.get(tabId) ?? (await load(tabId));
      const before = count(tab);
      change(tab);
      total += count(tab) - before;
      enforceBounds(tab);
      markDirty(tabId);
      onChange(tabId);
    },
    async get(tabId) {
      const tab = tabs.get(tabId) ?? (await load(tabId));
      return tab.pages.length > 0 ? tab : undefined;
    },
    async remove(tabId) {
      onChange(tabId);
      const tab = tabs.get(tabId);
      if (tab) total -= count(tab);
      tabs.delete(tabId);
      dirty.delete(tabId);
      await storage.remove(keyOf(tabId)).catch(() => undefined);
    },
    entry(tab, requestId) {
      for (let p = tab.pages.length - 1; p >= 0; p--) {
        const entries = tab.pages[p]!.entries;
        for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.id === requestId) return entries[i];
      }
      return undefined;
    },
    flush: () => flush(),
    totalEntries: () => total,
  };
}

/** The page a request belongs to: the newest page of the same lifecycle (prerender or not). */
export function pageFor(tab: TabRecord, prerender: boolean): PageRecord | undefined {
  for (let i = tab.pages.length - 1; i >= 0; i--) if (tab.pages[i]!.prerender === prerender) return tab.pages[i];
  return undefined;
}

/**
 * The page shown for the tab's URL: the newest page with that URL (back/forward restores older
 * ones), else the newest page, since pushState / replaceState (single-page apps, Cloudflare's
 * challenge) change the URL without a new document.
 */
export function pageShowing(tab: TabRecord, url: string | undefined): PageRecord | undefined {
  const strip = (u: string) => u.split('#')[0];
  if (url !== undefined) {
    for (let i = tab.pages.length - 1; i >= 0; i--) {
      const page = tab.pages[i]!;
      if (strip(page.url) === strip(url)) return page;
    }
  }
  return pageFor(tab, false);
}
