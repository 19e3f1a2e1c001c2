// Per-tab capture state: in memory for speed, mirrored to storage.session so a killed worker
// restarts with everything it had. The hot path (a webRequest event) is O(1) and touches little
// memory: it runs cold, right after the browser copied the event's details, so every distinct
// object it reads is likely a cache miss. The index maps a request id straight to its live entry,
// page and chunk; marking the chunk and the tab for the next write is a field store, not a Map or
// Set lookup; counts are kept, not recounted; trimming runs in batches that touch only the oldest
// chunks.
// Storage layout: a tab's page list lives under "tab:N"; a page's entries in chunks of up to CHUNK
// under "tab:N:<page>:<n>", numbered once and never renumbered, so appending writes the newest
// chunk, a finished request rewrites its own chunk, and trimming empties (removes) old chunks
// instead of shifting every later one. A flush writes only what changed since the last one.
// Chunks are stored as JSON text: the browser copies one string far faster than it converts
// thousands of small header objects into its own value tree.
// Bounded per tab and in total, in entries and in bytes (store-budget.ts): when trimming, healthy
// entries go before failures, oldest first; over the total, the largest tabs give up the most. A
// write the browser refuses over its quota shrinks the largest tab and is retried with every other
// tab's pending chunks, so one tab can never cost another its capture.
import type { CapturedEntry, PageRecord, TabRecord } from '../shared/capture-types';
import {
  MAX_BYTES_PER_TAB, MAX_BYTES_TOTAL, MAX_ENTRIES_PER_TAB, MAX_ENTRIES_TOTAL, MAX_PAGES_PER_TAB, PERSIST_DELAY_MS, URGENT_PERSIST_DELAY_MS,
} from '../shared/limits';
import { isFailure } from './entries';
import { fairLevel } from './fair-level';
import { entryBytes, pageBytes, TRIM_PASSES, trimRank } from './store-budget';

export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Entries per stored chunk: a burst of requests rewrites a few small chunks, not the tab. */
export const CHUNK = 16;
/** Trimming frees this share below the limit at once, so it runs once per many requests. */
const TRIM_TO = 0.9;
/** A write refused over quota halves the largest tab, up to this many times, before it waits. */
const QUOTA_RETRIES = 3;
const QUOTA_SHRINK = 0.5;
/** Chrome: "Session storage quota bytes exceeded…"; Firefox: "…exceeded its quota limitations". */
const isQuotaError = (error: unknown) => /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));

const metaKey = (tabId: number) => `tab:${tabId}`;
const chunkKey = (tabId: number, pageKey: string, n: number) => `tab:${tabId}:${pageKey}:${n}`;
const tabOfKey = (key: string) => Number(key.split(':')[1]);

type PageMeta = Omit<PageRecord, 'entries'> & { chunks: number[] };
interface StoredMeta { tabId: number; pages: PageMeta[] }

/** Up to CHUNK entries stored under one key; its number is given once and never changes. */
interface Chunk {
  n: number;
  entries: CapturedEntry[];
  /** Changed since the last write. */
  dirty: boolean;
}

/** A page's entries as stored, oldest chunk first. */
interface PageChunks {
  chunks: Map<number, Chunk>;
  /** The chunk new entries go to. */
  newest: Chunk;
  /** Numbers of chunks emptied since the last write: their keys are removed from storage. */
  removed: number[];
}

interface IndexEntry {
  page: PageRecord;
  entry: CapturedEntry;
  chunk: Chunk;
  /** The entry's size (store-budget.ts) as last counted: a change adds only the difference. */
  bytes: number;
}

interface TabState {
  record: TabRecord;
  /** Page key → its chunks. */
  chunked: Map<string, PageChunks>;
  /** Request id → its live entry (the newest hop after redirects), its page and chunk. */
  index: Map<string, IndexEntry>;
  count: number;
  /** Estimated size of the record: its pages and every entry (store-budget.ts). */
  bytes: number;
  metaDirty: boolean;
  /** Changed since the last write. */
  dirty: boolean;
  /** Changes with every change to the record (see TabStore.version). */
  version: number;
  /** Page key → chunk numbers in storage now, so emptied chunks and dropped pages are removed. */
  written: Map<string, Set<number>>;
}

export interface TabStore {
  /**
   * A new document in the tab; synchronous once the tab is in memory (the hot path), else a
   * promise. A page whose key (its main-frame request id) is known already is that request's next
   * hop after a redirect: its entry joins the existing page.
   */
  addPage(tabId: number, page: PageRecord): Promise<void> | void;
  /** Changes a request's live entry (the newest hop), if the request is known. */
  changeEntry(tabId: number, requestId: string, change: (entry: CapturedEntry, page: PageRecord) => void): Promise<void> | void;
  /**
   * Changes a request's live entry, first adding one from `create` when the request is new to the
   * tab (to the newest page of its lifecycle, prerendered or shown) or its live entry was
   * redirected (the next hop joins the same page).
   */
  upsertEntry(tabId: number, prerender: boolean, requestId: string, create: () => CapturedEntry, change: (entry: CapturedEntry, page: PageRecord) => void): Promise<void> | void;
  /** Any other change (page-level fields, tests): pages whose entries changed are re-chunked. */
  update(tabId: number, change: (tab: TabRecord) => void): Promise<void>;
  get(tabId: number): Promise<TabRecord | undefined>;
  remove(tabId: number): Promise<void>;
  /** Writes every pending change now. */
  flush(): Promise<void>;
  /**
   * A number that changes whenever the tab's record does (a new tab state, even after a remove,
   * never repeats an old number), so caches derived from the record know when they are stale.
   */
  version(tabId: number): number;
  totalEntries(): number;
  /** The estimated size of one tab's capture, and of all tabs' (store-budget.ts). */
  tabBytes(tabId: number): number;
  totalBytes(): number;
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
const chunkNumbers = (value: unknown): number[] => (Array.isArray(value) ? value.filter((n): n is number => Number.isSafeInteger(n) && n >= 0) : []);

/** Splits entries into fresh chunks numbered from `first`, all to be written. */
function chunksOf(entries: CapturedEntry[], first = 0): PageChunks {
  const chunks = new Map<number, Chunk>();
  let newest: Chunk = { n: first, entries: [], dirty: true };
  for (let i = 0; i < entries.length; i += CHUNK) {
    newest = { n: first + i / CHUNK, entries: entries.slice(i, i + CHUNK), dirty: true };
    chunks.set(newest.n, newest);
  }
  if (chunks.size === 0) chunks.set(newest.n, newest);
  return { chunks, newest, removed: [] };
}

function joined(chunked: PageChunks): CapturedEntry[] {
  const all: CapturedEntry[] = [];
  for (const chunk of chunked.chunks.values()) for (const entry of chunk.entries) all.push(entry);
  return all;
}

/**
 * What is stored of an entry. A finished healthy sub-request is stored without its request headers:
 * they are most of its bytes and the same on every request of the page (a restarted worker still
 * has them on the page's own request and on every failure); its response headers stay, as they
 * show the CDN path. Everything stays in memory, and in the export while the worker lives.
 */
function storedForm(e: CapturedEntry): CapturedEntry {
  if (e.requestHeaders === undefined || e.tEnd === undefined || e.type === 'main_frame' || e.type === 'sub_frame' || e.status >= 400 || isFailure(e)) return e;
  const { requestHeaders: _dropped, ...rest } = e;
  return rest;
}

export function createTabStore(storage: SessionArea, schedule: (fn: () => void, ms: number) => unknown = setTimeout): TabStore {
  const tabs = new Map<number, TabState>();
  const loading = new Map<number, Promise<TabState>>();
  const dirtyTabs = new Set<number>();
  let flushTimer: unknown;
  let flushDue = Infinity;
  let total = 0;
  let totalBytes = 0;
  /** The source of every tab's version: it only grows, so no version is ever reused. */
  let versions = 0;
  /** Flushes run one after another: a retried write never lands after a newer one of the same key. */
  let flushing: Promise<void> = Promise.resolve();
  /** Items a refused write left behind: the next flush writes them, unless newer ones replace them. */
  let unwritten: Record<string, string> = {};

  /** Counts the tab's entries and bytes anew (after a load or a change of whole pages). */
  function reindex(state: TabState): void {
    state.index.clear();
    let count = 0;
    let bytes = 0;
    for (const page of state.record.pages) {
      bytes += pageBytes(page);
      for (const chunk of state.chunked.get(page.key)?.chunks.values() ?? []) {
        for (const entry of chunk.entries) {
          const size = entryBytes(entry);
          state.index.set(entry.id, { page, entry, chunk, bytes: size });
          bytes += size;
        }
        count += chunk.entries.length;
      }
    }
    total += count - state.count;
    state.count = count;
    totalBytes += bytes - state.bytes;
    state.bytes = bytes;
  }

  function newState(record: TabRecord, chunked: Map<string, PageChunks>, written = new Map<string, Set<number>>()): TabState {
    const state: TabState = { record, chunked, index: new Map(), count: 0, bytes: 0, metaDirty: false, dirty: false, version: ++versions, written };
    reindex(state);
    return state;
  }

  const emptyState = (tabId: number) => newState({ tabId, pages: [] }, new Map());

  async function read(tabId: number): Promise<TabState> {
    const meta = parseStored((await storage.get(metaKey(tabId)))[metaKey(tabId)]);
    if (!isMeta(meta) || meta.tabId !== tabId) return emptyState(tabId);
    const keys = meta.pages.flatMap((p) => chunkNumbers(p.chunks).map((n) => chunkKey(tabId, p.key, n)));
    const stored = keys.length > 0 ? await storage.get(keys) : {};
    const written = new Map<string, Set<number>>();
    const chunked = new Map<string, PageChunks>();
    const pages = meta.pages.map(({ chunks: numbers, ...page }) => {
      const chunks = new Map<number, Chunk>();
      for (const n of chunkNumbers(numbers)) {
        const list = parseStored(stored[chunkKey(tabId, page.key, n)]);
        chunks.set(n, { n, entries: Array.isArray(list) ? (list as CapturedEntry[]) : [], dirty: false });
      }
      written.set(page.key, new Set(chunks.keys()));
      const newestNumber = Math.max(0, ...chunks.keys());
      let newest = chunks.get(newestNumber);
      if (!newest) chunks.set(newestNumber, (newest = { n: newestNumber, entries: [], dirty: false }));
      const own: PageChunks = { chunks, newest, removed: [] };
      chunked.set(page.key, own);
      return { ...page, entries: joined(own) };
    });
    return newState({ tabId, pages }, chunked, written);
  }

  async function load(tabId: number): Promise<TabState> {
    const known = tabs.get(tabId);
    if (known) return known;
    let pending = loading.get(tabId);
    if (!pending) {
      pending = read(tabId).catch(() => emptyState(tabId)).then((state) => {
        loading.delete(tabId);
        const raced = tabs.get(tabId);
        if (raced) {
          // Another load won: what this one counted is not kept.
          total -= state.count;
          totalBytes -= state.bytes;
          return raced;
        }
        tabs.set(tabId, state);
        return state;
      });
      loading.set(tabId, pending);
    }
    return pending;
  }

  function writeItems(tabId: number, state: TabState, items: Record<string, string>, stale: string[]): void {
    for (const [pageKey, own] of state.chunked) {
      let written = state.written.get(pageKey);
      if (!written) state.written.set(pageKey, (written = new Set()));
      for (const chunk of own.chunks.values()) {
        if (!chunk.dirty) continue;
        chunk.dirty = false;
        items[chunkKey(tabId, pageKey, chunk.n)] = JSON.stringify(chunk.entries.map(storedForm));
        written.add(chunk.n);
      }
      for (const n of own.removed) if (written.delete(n)) stale.push(chunkKey(tabId, pageKey, n));
      own.removed = [];
    }
    // Pages dropped from the tab: their chunks go too.
    for (const [pageKey, written] of state.written) {
      if (state.chunked.has(pageKey)) continue;
      for (const n of written) stale.push(chunkKey(tabId, pageKey, n));
      state.written.delete(pageKey);
    }
    if (!state.metaDirty) return;
    state.metaDirty = false;
    const pages: PageMeta[] = state.record.pages.map(({ entries: _entries, ...page }) => ({ ...page, chunks: [...(state.chunked.get(page.key)?.chunks.keys() ?? [])] }));
    items[metaKey(tabId)] = JSON.stringify({ tabId, pages } satisfies StoredMeta);
  }

  /** Writes every pending change: one flush at a time, each rendering what is dirty when it starts. */
  function flush(): Promise<void> {
    flushTimer = undefined;
    flushDue = Infinity;
    const run = flushing.then(writePending);
    flushing = run.catch(() => undefined);
    return run;
  }

  async function writePending(): Promise<void> {
    const items: Record<string, string> = unwritten;
    unwritten = {};
    const stale: string[] = [];
    for (const tabId of dirtyTabs) {
      const state = tabs.get(tabId);
      if (!state) continue;
      state.dirty = false;
      writeItems(tabId, state, items, stale);
    }
    dirtyTabs.clear();
    // A chunk emptied since a refused write of it is not written back.
    for (const key of stale) delete items[key];
    if (Object.keys(items).length > 0) await writeWithinQuota(items, stale);
    if (stale.length > 0) await storage.remove(stale).catch(() => undefined);
  }

  /**
   * Writes the items. A write refused over quota shrinks the largest tab (its healthy history
   * first), replaces that tab's items with what it kept, frees its emptied chunks and tries again
   * with everything else as it was: no other tab's pending chunk is dropped. What still does not
   * fit, or fails for another reason, waits for the next flush.
   */
  async function writeWithinQuota(items: Record<string, string>, stale: string[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await storage.set(items);
        return;
      } catch (error) {
        // A tab closed while the write was refused is not written back.
        for (const key of Object.keys(items)) if (!tabs.has(tabOfKey(key))) delete items[key];
        if (attempt >= QUOTA_RETRIES || !isQuotaError(error) || !shrinkLargest(items, stale)) {
          unwritten = { ...items, ...unwritten };
          return;
        }
        if (stale.length > 0) await storage.remove(stale.splice(0)).catch(() => undefined);
      }
    }
  }

  /** Halves the largest tab and renders its changed chunks into `items`; false if it could not shrink. */
  function shrinkLargest(items: Record<string, string>, stale: string[]): boolean {
    let largest: TabState | undefined;
    for (const state of tabs.values()) if (!largest || state.bytes > largest.bytes) largest = state;
    if (!largest) return false;
    const before = largest.bytes;
    trim(largest, largest.count, Math.floor(largest.bytes * QUOTA_SHRINK));
    if (largest.bytes >= before) return false;
    const emptied: string[] = [];
    writeItems(largest.record.tabId, largest, items, emptied);
    for (const key of emptied) delete items[key];
    stale.push(...emptied);
    return true;
  }

  /** Marks the tab for the next write; `urgent` (a failure, a new page) brings that write forward. */
  function changed(state: TabState, urgent = false): void {
    state.version = ++versions;
    if (!state.dirty) {
      state.dirty = true;
      dirtyTabs.add(state.record.tabId);
    }
    const delay = urgent ? URGENT_PERSIST_DELAY_MS : PERSIST_DELAY_MS;
    if (flushTimer === undefined || (urgent && Date.now() + delay < flushDue)) {
      // A second timer may fire after the first flushed: it then finds nothing dirty and returns.
      flushDue = Date.now() + delay;
      flushTimer = schedule(() => void flush(), delay);
    }
  }

  /**
   * Removes entries until the tab holds at most `maxEntries` and `maxBytes`: finished healthy ones
   * first, then failures, then unfinished ones, oldest chunk first (store-budget.ts: trimRank). The
   * page's own request stays. Only the chunks it empties or thins are touched.
   */
  function trim(state: TabState, maxEntries: number, maxBytes: number): void {
    let count = state.count;
    let bytes = state.bytes;
    const over = () => count > maxEntries || bytes > maxBytes;
    for (const pass of TRIM_PASSES) {
      for (const page of state.record.pages) {
        if (!over()) break;
        const own = state.chunked.get(page.key);
        if (!own) continue;
        let thinned = false;
        for (const chunk of own.chunks.values()) {
          if (!over()) break;
          const kept = chunk.entries.filter((e) => {
            if (!over() || trimRank(e, page.key) > pass) return true;
            const live = state.index.get(e.id);
            // A live entry's size is the one counted; an earlier redirect hop is unchanged since it was counted.
            if (live?.entry === e) state.index.delete(e.id);
            bytes -= live?.entry === e ? live.bytes : entryBytes(e);
            count--;
            return false;
          });
          if (kept.length === chunk.entries.length) continue;
          thinned = true;
          chunk.entries = kept;
          chunk.dirty = true;
          if (kept.length === 0 && chunk !== own.newest) {
            own.chunks.delete(chunk.n);
            own.removed.push(chunk.n);
            state.metaDirty = true;
          }
        }
        if (thinned) page.entries = joined(own);
      }
    }
    total -= state.count - count;
    totalBytes -= state.bytes - bytes;
    state.count = count;
    state.bytes = bytes;
    changed(state);
  }

  function dropOldPages(state: TabState): void {
    const dropped = state.record.pages.splice(0, state.record.pages.length - MAX_PAGES_PER_TAB);
    for (const page of dropped) state.chunked.delete(page.key);
    reindex(state);
    state.metaDirty = true;
  }

  const overBounds = (state: TabState) =>
    state.count > MAX_ENTRIES_PER_TAB || state.bytes > MAX_BYTES_PER_TAB || total > MAX_ENTRIES_TOTAL || totalBytes > MAX_BYTES_TOTAL;

  function enforceBounds(state: TabState): void {
    if (state.record.pages.length > MAX_PAGES_PER_TAB) dropOldPages(state);
    if (state.count > MAX_ENTRIES_PER_TAB || state.bytes > MAX_BYTES_PER_TAB) {
      trim(state, Math.floor(MAX_ENTRIES_PER_TAB * TRIM_TO), Math.floor(MAX_BYTES_PER_TAB * TRIM_TO));
    }
    if (total > MAX_ENTRIES_TOTAL || totalBytes > MAX_BYTES_TOTAL) {
      // Every tab over the fair level gives up what is above it; tabs under it give up nothing.
      const all = [...tabs.values()];
      const entryLevel = total > MAX_ENTRIES_TOTAL ? fairLevel(all.map((t) => t.count), Math.floor(MAX_ENTRIES_TOTAL * TRIM_TO)) : Infinity;
      const byteLevel = totalBytes > MAX_BYTES_TOTAL ? fairLevel(all.map((t) => t.bytes), Math.floor(MAX_BYTES_TOTAL * TRIM_TO)) : Infinity;
      for (const other of all) if (other.count > entryLevel || other.bytes > byteLevel) trim(other, entryLevel, byteLevel);
    }
  }

  function changeAt(state: TabState, at: IndexEntry, change: (entry: CapturedEntry, page: PageRecord) => void): void {
    at.chunk.dirty = true;
    const url = at.page.url;
    change(at.entry, at.page);
    const bytes = entryBytes(at.entry);
    let grown = bytes - at.bytes;
    at.bytes = bytes;
    if (at.page.url !== url) {
      state.metaDirty = true; // a redirect of the main frame renames the page
      grown += at.page.url.length - url.length;
    }
    state.bytes += grown;
    totalBytes += grown;
    if (grown > 0 && overBounds(state)) enforceBounds(state);
    changed(state, at.entry.status >= 400 || at.entry.error !== undefined);
  }

  function place(state: TabState, page: PageRecord, entry: CapturedEntry): IndexEntry {
    const own = state.chunked.get(page.key)!;
    let chunk = own.newest;
    if (chunk.entries.length >= CHUNK) {
      chunk = { n: chunk.n + 1, entries: [], dirty: true };
      own.chunks.set(chunk.n, chunk);
      own.newest = chunk;
      state.metaDirty = true; // the page's chunk list grew
    }
    chunk.entries.push(entry);
    chunk.dirty = true;
    page.entries.push(entry);
    const at = { page, entry, chunk, bytes: entryBytes(entry) };
    state.index.set(entry.id, at);
    state.count++;
    total++;
    state.bytes += at.bytes;
    totalBytes += at.bytes;
    return at;
  }

  return {
    addPage(tabId, page) {
      const state = tabs.get(tabId);
      if (!state) return load(tabId).then(() => this.addPage(tabId, page));
      const known = state.index.get(page.key);
      if (known) {
        if (known.entry.redirectTo === undefined) return; // the same request again: nothing new
        for (const entry of page.entries) place(state, known.page, entry);
        changed(state, true);
        return;
      }
      const added: PageRecord = { ...page, entries: [] };
      state.record.pages.push(added);
      state.chunked.set(added.key, chunksOf([]));
      const own = pageBytes(added);
      state.bytes += own;
      totalBytes += own;
      for (const entry of page.entries) place(state, added, entry);
      state.metaDirty = true;
      enforceBounds(state);
      changed(state, true);
    },
    changeEntry(tabId, requestId, change) {
      const state = tabs.get(tabId);
      if (!state) return load(tabId).then(() => this.changeEntry(tabId, requestId, change));
      const at = state.index.get(requestId);
      if (at) changeAt(state, at, change);
    },
    upsertEntry(tabId, prerender, requestId, create, change) {
      const state = tabs.get(tabId);
      if (!state) return load(tabId).then(() => this.upsertEntry(tabId, prerender, requestId, create, change));
      let at = state.index.get(requestId);
      if (!at || at.entry.redirectTo !== undefined) {
        const page = at?.page ?? pageFor(state.record, prerender);
        if (!page) return;
        at = place(state, page, create());
        if (overBounds(state)) {
          enforceBounds(state);
          // A trim gives up unfinished entries last, so the new one is most likely still there (its
          // chunk may not be); if even it went, the tab had nothing else left to give.
          at = state.index.get(requestId);
          if (!at) return;
        }
      }
      changeAt(state, at, change);
    },
    async update(tabId, change) {
      const state = tabs.get(tabId) ?? (await load(tabId));
      const before = new Map(state.record.pages.map((p) => [p.key, { entries: p.entries, length: p.entries.length }]));
      change(state.record);
      // Pages whose entries were replaced or resized are chunked anew, after their old numbers.
      const chunked = new Map<string, PageChunks>();
      for (const page of state.record.pages) {
        const old = before.get(page.key);
        const own = state.chunked.get(page.key);
        if (own && old?.entries === page.entries && old.length === page.entries.length) chunked.set(page.key, own);
        else {
          const fresh = chunksOf(page.entries, own ? own.newest.n + 1 : 0);
          // The old numbers are left out of the fresh map: writeItems removes them as stale.
          if (own) fresh.removed.push(...own.removed, ...own.chunks.keys());
          chunked.set(page.key, fresh);
        }
      }
      state.chunked = chunked;
      reindex(state);
      state.metaDirty = true;
      enforceBounds(state);
      changed(state, true);
    },
    async get(tabId) {
      const state = tabs.get(tabId) ?? (await load(tabId));
      return state.record.pages.length > 0 ? state.record : undefined;
    },
    async remove(tabId) {
      const state = tabs.get(tabId) ?? (await load(tabId).catch(() => undefined));
      tabs.delete(tabId);
      dirtyTabs.delete(tabId);
      if (state) {
        total -= state.count;
        totalBytes -= state.bytes;
      }
      // What a refused write left of the tab is not written back.
      for (const key of Object.keys(unwritten)) if (tabOfKey(key) === tabId) delete unwritten[key];
      const keys = [metaKey(tabId), ...[...(state?.written ?? [])].flatMap(([pageKey, numbers]) => [...numbers].map((n) => chunkKey(tabId, pageKey, n)))];
      await storage.remove(keys).catch(() => undefined);
    },
    flush: () => flush(),
    totalEntries: () => total,
    tabBytes: (tabId) => tabs.get(tabId)?.bytes ?? 0,
    totalBytes: () => totalBytes,
    version: (tabId) => tabs.get(tabId)?.version ?? -1,
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
