// Per-tab capture state: in memory for speed (tab-state.ts), mirrored to storage.session through
// the chunked store (chunked-store.ts, laid out by tab-layout.ts) so a killed worker restarts with
// everything it had. Bounded per tab and in total, in pages, entries and bytes (retention.ts,
// store-budget.ts): when trimming, healthy entries go before failures, oldest first; over the
// total, the largest tabs give up the most; a write refused over quota shrinks the largest tab.
// Readers get read-only copies (tab-view.ts): a record changes only through the store's methods.
import type { CapturedEntry, PageRecord, TabRecord } from '../../shared/capture-types';
import {
  MAX_BYTES_PER_TAB, MAX_BYTES_TOTAL, MAX_ENTRIES_PER_TAB, MAX_ENTRIES_TOTAL, MAX_PAGES_PER_TAB, PERSIST_DELAY_MS, URGENT_PERSIST_DELAY_MS,
} from '../../shared/limits';
import { chunkList, type ChunkList } from './chunk-list';
import { createChunkedStore, type SessionArea } from './chunked-store';
import { pageFor } from './pages';
import { isOver, largest, pagesOver, quotaTarget, storeLevels, trimTarget, type Held } from './retention';
import { entryBytes, pageBytes } from './store-budget';
import { tabFromStored, tabLayout } from './tab-layout';
import { dropOldPages, newTabState, place, reindex, trimTab, type IndexEntry, type TabState } from './tab-state';
import { viewOf, type TabView } from './tab-view';

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
  /**
   * Any other change (page-level fields, tests), made on the live record passed to `change`:
   * pages whose entries changed are re-chunked.
   */
  update(tabId: number, change: (tab: TabRecord) => void): Promise<void>;
  /** The tab's capture, read-only (tab-view.ts); undefined when it has no page. */
  get(tabId: number): Promise<TabView | undefined>;
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

const PER_TAB = { maxEntries: MAX_ENTRIES_PER_TAB, maxBytes: MAX_BYTES_PER_TAB };
const WHOLE_STORE = { maxEntries: MAX_ENTRIES_TOTAL, maxBytes: MAX_BYTES_TOTAL };

export function createTabStore(storage: SessionArea, schedule: (fn: () => void, ms: number) => unknown = setTimeout): TabStore {
  const tabs = new Map<number, TabState>();
  const loading = new Map<number, Promise<TabState>>();
  const totals: Held = { count: 0, bytes: 0 };
  /** The source of every tab's version: it only grows, so no version is ever reused. */
  let versions = 0;
  const chunks = createChunkedStore<CapturedEntry, TabState>({
    storage, schedule, layout: tabLayout, delays: { normal: PERSIST_DELAY_MS, urgent: URGENT_PERSIST_DELAY_MS },
    groupOf: (tabId) => tabs.get(tabId),
    shrink: shrinkLargest,
  });

  const emptyState = (tabId: number) => newTabState({ tabId, pages: [] }, new Map(), new Map(), ++versions, totals);

  async function read(tabId: number): Promise<TabState> {
    const stored = await chunks.read(tabId);
    if (!stored) return emptyState(tabId);
    const { record, lists } = tabFromStored(tabId, stored);
    return newTabState(record, lists, stored.written, ++versions, totals);
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
          totals.count -= state.count;
          totals.bytes -= state.bytes;
          return raced;
        }
        tabs.set(tabId, state);
        return state;
      });
      loading.set(tabId, pending);
    }
    return pending;
  }

  /** Marks the tab for the next write; `urgent` (a failure, a new page) brings that write forward. */
  function changed(state: TabState, urgent = false): void {
    state.version = ++versions;
    chunks.queue(state, urgent);
  }

  function trim(state: TabState, budget: { maxEntries: number; maxBytes: number }): void {
    trimTab(state, totals, budget);
    changed(state);
  }

  /** A write was refused over quota: halves the largest tab; undefined if it could not shrink. */
  function shrinkLargest(): TabState | undefined {
    const all = [...tabs.values()];
    const state = all[largest(all.map((t) => t.bytes))];
    if (!state) return undefined;
    const before = state.bytes;
    trim(state, quotaTarget(state));
    return state.bytes < before ? state : undefined;
  }

  const overBounds = (state: TabState) => isOver(state, PER_TAB) || isOver(totals, WHOLE_STORE);

  function enforceBounds(state: TabState): void {
    const extraPages = pagesOver(state.record.pages.length, MAX_PAGES_PER_TAB);
    if (extraPages > 0) dropOldPages(state, totals, extraPages);
    if (isOver(state, PER_TAB)) trim(state, trimTarget(PER_TAB));
    if (isOver(totals, WHOLE_STORE)) {
      // Every tab over the fair level gives up what is above it; tabs under it give up nothing.
      const all = [...tabs.values()];
      const levels = storeLevels(all, totals, WHOLE_STORE);
      for (const other of all) if (isOver(other, levels)) trim(other, levels);
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
      state.headDirty = true; // a redirect of the main frame renames the page
      grown += at.page.url.length - url.length;
    }
    state.bytes += grown;
    totals.bytes += grown;
    if (grown > 0 && overBounds(state)) enforceBounds(state);
    changed(state, at.entry.status >= 400 || at.entry.error !== undefined);
  }

  return {
    addPage(tabId, page) {
      const state = tabs.get(tabId);
      if (!state) return load(tabId).then(() => this.addPage(tabId, page));
      const known = state.index.get(page.key);
      if (known) {
        if (known.entry.redirectTo === undefined) return; // the same request again: nothing new
        for (const entry of page.entries) place(state, totals, known.page, entry);
        changed(state, true);
        return;
      }
      const added: PageRecord = { ...page, entries: [] };
      state.record.pages.push(added);
      state.lists.set(added.key, chunkList<CapturedEntry>([]));
      const own = pageBytes(added);
      state.bytes += own;
      totals.bytes += own;
      for (const entry of page.entries) place(state, totals, added, entry);
      state.headDirty = true;
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
        at = place(state, totals, page, create());
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
      const lists = new Map<string, ChunkList<CapturedEntry>>();
      for (const page of state.record.pages) {
        const old = before.get(page.key);
        const own = state.lists.get(page.key);
        if (own && old?.entries === page.entries && old.length === page.entries.length) lists.set(page.key, own);
        else {
          const fresh = chunkList(page.entries, own ? own.newest.n + 1 : 0);
          // The old numbers are left out of the fresh list: the chunked store removes them as stale.
          if (own) fresh.removed.push(...own.removed, ...own.chunks.keys());
          lists.set(page.key, fresh);
        }
      }
      state.lists = lists;
      reindex(state, totals);
      state.headDirty = true;
      enforceBounds(state);
      changed(state, true);
    },
    async get(tabId) {
      const state = tabs.get(tabId) ?? (await load(tabId));
      if (state.record.pages.length === 0) return undefined;
      // Every change gives the tab a new version: one copy serves every read until the next change.
      if (state.view?.version !== state.version) state.view = { version: state.version, tab: viewOf(state.record) };
      return state.view.tab;
    },
    async remove(tabId) {
      const state = tabs.get(tabId) ?? (await load(tabId).catch(() => undefined));
      tabs.delete(tabId);
      if (state) {
        totals.count -= state.count;
        totals.bytes -= state.bytes;
      }
      await chunks.forget(tabId, state?.written);
    },
    flush: () => chunks.flush(),
    totalEntries: () => totals.count,
    tabBytes: (tabId) => tabs.get(tabId)?.bytes ?? 0,
    totalBytes: () => totals.bytes,
    version: (tabId) => tabs.get(tabId)?.version ?? -1,
  };
}
