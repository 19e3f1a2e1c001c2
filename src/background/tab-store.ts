// Per-tab capture state: in memory for speed, mirrored to storage.session so a killed worker
// restarts with everything it had. The hot path (a webRequest event) is O(1): entries are found
// through an index by request id, counts are kept, not recounted, and trimming runs in batches.
// Writes are debounced and chunked: a tab's page list lives under "tab:N", its entries in chunks
// of CHUNK under "tab:N:<page>:<k>", and a flush writes only what changed since the last one.
// Chunks are stored as JSON text: the browser copies one string far faster than it converts
// thousands of small header objects into its own value tree.
// Bounded per tab and in total; when trimming, healthy entries go before failures, oldest first.
import type { CapturedEntry, PageRecord, TabRecord } from '../shared/capture-types';
import { MAX_ENTRIES_PER_TAB, MAX_ENTRIES_TOTAL, MAX_PAGES_PER_TAB, PERSIST_DELAY_MS, URGENT_PERSIST_DELAY_MS } from '../shared/limits';
import { isFailure } from './entries';

export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Entries per stored chunk: a burst of requests rewrites a few small chunks, not the tab. */
export const CHUNK = 16;
/** Trimming frees this share below the limit at once, so it runs once per many requests. */
const TRIM_TO = 0.9;

const metaKey = (tabId: number) => `tab:${tabId}`;
const chunkKey = (tabId: number, pageKey: string, n: number) => `tab:${tabId}:${pageKey}:${n}`;

type PageMeta = Omit<PageRecord, 'entries'> & { chunks: number };
interface StoredMeta { tabId: number; pages: PageMeta[] }

interface TabState {
  record: TabRecord;
  /** Request id → its live entry (the newest hop after redirects) and where it sits. */
  index: Map<string, { page: PageRecord; pos: number }>;
  count: number;
  metaDirty: boolean;
  /** Page key → indexes of its chunks that changed since the last write. */
  dirtyChunks: Map<string, Set<number>>;
  /** Chunks each page had when last written: extra ones are removed after a trim. */
  written: Map<string, number>;
}

export interface TabStore {
  /** A new document in the tab. Synchronous once the tab is in memory (the hot path), else a promise. */
  addPage(tabId: number, page: PageRecord): Promise<void> | void;
  /** A request of the newest page of that lifecycle (prerendered or shown). */
  addEntry(tabId: number, prerender: boolean, entry: CapturedEntry): Promise<void> | void;
  /** Changes a request's live entry; `append` adds a follow-up entry (a redirect's next hop). */
  changeEntry(tabId: number, requestId: string, change: (entry: CapturedEntry, page: PageRecord, append: (next: CapturedEntry) => void) => void): Promise<void> | void;
  /** Any other change (page-level fields, tests): the tab is re-indexed and rewritten. */
  update(tabId: number, change: (tab: TabRecord) => void): Promise<void>;
  get(tabId: number): Promise<TabRecord | undefined>;
  remove(tabId: number): Promise<void>;
  /** Writes every pending change now. */
  flush(): Promise<void>;
  totalEntries(): number;
}

/** Stored values are JSON text; anything else (an older layout, a corrupt value) reads as nothing. */
function parseStored(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

const isMeta = (value: unknown): value is StoredMeta =>
  typeof value === 'object' && value !== null && Array.isArray((value as StoredMeta).pages) && typeof (value as StoredMeta).tabId === 'number';

export function createTabStore(
  storage: SessionArea,
  schedule: (fn: () => void, ms: number) => unknown = setTimeout,
  /** Called after every change to a tab's record (caches derived from it drop their copy). */
  onChange: (tabId: number) => void = () => undefined,
): TabStore {
  const tabs = new Map<number, TabState>();
  const loading = new Map<number, Promise<TabState>>();
  const dirtyTabs = new Set<number>();
  let flushTimer: unknown;
  let flushDue = Infinity;
  let total = 0;

  function reindex(state: TabState): void {
    state.index.clear();
    let count = 0;
    for (const page of state.record.pages) {
      page.entries.forEach((entry, pos) => state.index.set(entry.id, { page, pos }));
      count += page.entries.length;
    }
    total += count - state.count;
    state.count = count;
  }

  function markAll(state: TabState): void {
    state.metaDirty = true;
    state.dirtyChunks.clear(); // marks for chunks a trim removed must not be written back empty
    for (const page of state.record.pages) {
      for (let n = 0; n * CHUNK < Math.max(1, page.entries.length); n++) markChunk(state, page.key, n);
    }
  }

  function markChunk(state: TabState, pageKey: string, n: number): void {
    let chunks = state.dirtyChunks.get(pageKey);
    if (!chunks) state.dirtyChunks.set(pageKey, (chunks = new Set()));
    chunks.add(n);
  }

  function newState(record: TabRecord, written = new Map<string, number>()): TabState {
    const state: TabState = { record, index: new Map(), count: 0, metaDirty: false, dirtyChunks: new Map(), written };
    reindex(state);
    return state;
  }

  async function read(tabId: number): Promise<TabState> {
    const meta = parseStored((await storage.get(metaKey(tabId)))[metaKey(tabId)]);
    if (!isMeta(meta) || meta.tabId !== tabId) return newState({ tabId, pages: [] });
    const keys = meta.pages.flatMap((p) => Array.from({ length: p.chunks }, (_, n) => chunkKey(tabId, p.key, n)));
    const chunks = keys.length > 0 ? await storage.get(keys) : {};
    const written = new Map<string, number>();
    const pages = meta.pages.map(({ chunks: count, ...page }) => {
      written.set(page.key, count);
      const entries: CapturedEntry[] = [];
      for (let n = 0; n < count; n++) {
        const chunk = parseStored(chunks[chunkKey(tabId, page.key, n)]);
        if (Array.isArray(chunk)) entries.push(...(chunk as CapturedEntry[]));
      }
      return { ...page, entries };
    });
    return newState({ tabId, pages }, written);
  }

  async function load(tabId: number): Promise<TabState> {
    const known = tabs.get(tabId);
    if (known) return known;
    let pending = loading.get(tabId);
    if (!pending) {
      pending = read(tabId).catch(() => newState({ tabId, pages: [] })).then((state) => {
        loading.delete(tabId);
        const raced = tabs.get(tabId);
        if (raced) return raced;
        tabs.set(tabId, state);
        return state;
      });
      loading.set(tabId, pending);
    }
    return pending;
  }

  function writeItems(tabId: number, state: TabState, items: Record<string, unknown>, stale: string[]): void {
    for (const [pageKey, chunks] of state.dirtyChunks) {
      const page = state.record.pages.find((p) => p.key === pageKey);
      if (!page) continue;
      for (const n of chunks) {
        const start = n * CHUNK;
        if (start < page.entries.length || start === 0) items[chunkKey(tabId, pageKey, n)] = JSON.stringify(page.entries.slice(start, start + CHUNK));
      }
    }
    state.dirtyChunks.clear();
    if (!state.metaDirty) return;
    state.metaDirty = false;
    const pages: PageMeta[] = state.record.pages.map(({ entries, ...page }) => ({ ...page, chunks: Math.ceil(entries.length / CHUNK) }));
    items[metaKey(tabId)] = JSON.stringify({ tabId, pages } satisfies StoredMeta);
    const live = new Map(pages.map((p) => [p.key, p.chunks]));
    for (const [pageKey, count] of state.written) {
      for (let n = live.get(pageKey) ?? 0; n < count; n++) stale.push(chunkKey(tabId, pageKey, n));
    }
    state.written = live;
  }

  async function flush(): Promise<void> {
    flushTimer = undefined;
    flushDue = Infinity;
    const items: Record<string, unknown> = {};
    const stale: string[] = [];
    for (const tabId of dirtyTabs) {
      const state = tabs.get(tabId);
      if (state) writeItems(tabId, state, items, stale);
    }
    dirtyTabs.clear();
    if (Object.keys(items).length > 0) {
      await storage.set(items).catch(async () => {
        // Over quota: halve the largest tab's healthy history and write it whole once more.
        const largest = [...tabs.values()].sort((a, b) => b.count - a.count)[0];
        if (!largest) return;
        trim(largest, Math.floor(largest.count / 2));
        const retry: Record<string, unknown> = {};
        writeItems(largest.record.tabId, largest, retry, stale);
        await storage.set(retry).catch(() => undefined);
      });
    }
    if (stale.length > 0) await storage.remove(stale).catch(() => undefined);
  }

  /** Marks the tab for the next write; `urgent` (a failure, a new page) brings that write forward. */
  function changed(state: TabState, urgent = false): void {
    dirtyTabs.add(state.record.tabId);
    const delay = urgent ? URGENT_PERSIST_DELAY_MS : PERSIST_DELAY_MS;
    if (flushTimer === undefined || (urgent && Date.now() + delay < flushDue)) {
      // A second timer may fire after the first flushed: it then finds nothing dirty and returns.
      flushDue = Date.now() + delay;
      flushTimer = schedule(() => void flush(), delay);
    }
    onChange(state.record.tabId);
  }

  /** Removes entries until the tab holds at most `limit`: finished healthy ones first, oldest first. */
  function trim(state: TabState, limit: number): void {
    let excess = state.count - limit;
    for (const keepFailures of [true, false]) {
      for (const page of state.record.pages) {
        if (excess <= 0) break;
        page.entries = page.entries.filter((e, i) => {
          if (excess <= 0 || i === 0) return true; // the page's own request stays
          const removable = e.tEnd !== undefined && !(keepFailures && (isFailure(e) || e.status >= 400));
          if (removable) excess--;
          return !removable;
        });
      }
    }
    reindex(state);
    markAll(state);
    changed(state);
  }

  function enforceBounds(state: TabState): void {
    if (state.record.pages.length > MAX_PAGES_PER_TAB) {
      state.record.pages.splice(0, state.record.pages.length - MAX_PAGES_PER_TAB);
      reindex(state);
      state.metaDirty = true;
    }
    if (state.count > MAX_ENTRIES_PER_TAB) trim(state, Math.floor(MAX_ENTRIES_PER_TAB * TRIM_TO));
    if (total > MAX_ENTRIES_TOTAL) {
      for (const other of [...tabs.values()].sort((a, b) => b.count - a.count)) {
        if (total <= MAX_ENTRIES_TOTAL * TRIM_TO) break;
        trim(other, Math.max(1, other.count - (total - Math.floor(MAX_ENTRIES_TOTAL * TRIM_TO))));
      }
    }
  }

  function place(state: TabState, page: PageRecord, entry: CapturedEntry): void {
    const pos = page.entries.push(entry) - 1;
    state.index.set(entry.id, { page, pos });
    state.count++;
    total++;
    markChunk(state, page.key, Math.floor(pos / CHUNK));
    if (pos % CHUNK === 0) state.metaDirty = true; // the page's chunk count grew
  }

  return {
    addPage(tabId, page) {
      const state = tabs.get(tabId);
      if (!state) return load(tabId).then(() => this.addPage(tabId, page));
      const entries = page.entries;
      state.record.pages.push({ ...page, entries: [] });
      const added = state.record.pages[state.record.pages.length - 1]!;
      for (const entry of entries) place(state, added, entry);
      state.metaDirty = true;
      enforceBounds(state);
      changed(state, true);
    },
    addEntry(tabId, prerender, entry) {
      const state = tabs.get(tabId);
      if (!state) return load(tabId).then(() => this.addEntry(tabId, prerender, entry));
      const page = pageFor(state.record, prerender);
      if (!page) return;
      place(state, page, entry);
      if (state.count > MAX_ENTRIES_PER_TAB || total > MAX_ENTRIES_TOTAL) enforceBounds(state);
      changed(state);
    },
    changeEntry(tabId, requestId, change) {
      const state = tabs.get(tabId);
      if (!state) return load(tabId).then(() => this.changeEntry(tabId, requestId, change));
      const at = state.index.get(requestId);
      if (!at || at.page.entries[at.pos]?.id !== requestId) return;
      markChunk(state, at.page.key, Math.floor(at.pos / CHUNK));
      let appended = false;
      const entry = at.page.entries[at.pos]!;
      change(entry, at.page, (next) => {
        place(state, at.page, next);
        appended = true;
      });
      if (appended) {
        // A redirect of the main frame renames the page: its metadata changed too.
        state.metaDirty = true;
        enforceBounds(state);
      }
      changed(state, entry.status >= 400 || entry.error !== undefined);
    },
    async update(tabId, change) {
      const state = tabs.get(tabId) ?? (await load(tabId));
      change(state.record);
      reindex(state);
      markAll(state);
      enforceBounds(state);
      changed(state, true);
    },
    async get(tabId) {
      const state = tabs.get(tabId) ?? (await load(tabId));
      return state.record.pages.length > 0 ? state.record : undefined;
    },
    async remove(tabId) {
      onChange(tabId);
      const state = tabs.get(tabId) ?? (await load(tabId).catch(() => undefined));
      tabs.delete(tabId);
      dirtyTabs.delete(tabId);
      if (state) total -= state.count;
      const keys = [metaKey(tabId), ...[...(state?.written ?? [])].flatMap(([pageKey, count]) => Array.from({ length: count }, (_, n) => chunkKey(tabId, pageKey, n)))];
      await storage.remove(keys).catch(() => undefined);
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
