// One tab's capture as the store keeps it in memory: the record, its pages' chunks, and an index
// from a request id straight to its live entry, page and chunk, so the hot path (a webRequest
// event) is O(1) and touches little memory. Counts and sizes are kept, not recounted: every change
// here adjusts the tab's and the store's running totals.
import type { CapturedEntry, PageRecord, TabRecord } from '../../shared/capture-types';
import type { ChunkedGroup } from './chunked-store';
import { append, itemsOf, thin, type Chunk, type ChunkList } from './chunk-list';
import { trimPlan, type Budget, type Held } from './retention';
import { entryBytes, pageBytes, TRIM_PASSES, trimRank } from './store-budget';
import type { TabView } from './tab-view';

export interface IndexEntry {
  page: PageRecord;
  entry: CapturedEntry;
  chunk: Chunk<CapturedEntry>;
  /** The entry's size (store-budget.ts) as last counted: a change adds only the difference. */
  bytes: number;
}

/** Holds `count` entries of an estimated `bytes` (store-budget.ts): its pages and every entry. */
export interface TabState extends ChunkedGroup<CapturedEntry>, Held {
  record: TabRecord;
  /** Request id → its live entry (the newest hop after redirects), its page and chunk. */
  index: Map<string, IndexEntry>;
  /** Changes with every change to the record (see TabStore.version). */
  version: number;
  /** The read-only copy handed out for `version` (tab-view.ts), made on the first read. */
  view?: { version: number; tab: TabView };
}

/** Counts the tab's entries and bytes anew (after a load or a change of whole pages). */
export function reindex(state: TabState, totals: Held): void {
  state.index.clear();
  let count = 0;
  let bytes = 0;
  for (const page of state.record.pages) {
    bytes += pageBytes(page);
    for (const chunk of state.lists.get(page.key)?.chunks.values() ?? []) {
      for (const entry of chunk.items) {
        const size = entryBytes(entry);
        state.index.set(entry.id, { page, entry, chunk, bytes: size });
        bytes += size;
      }
      count += chunk.items.length;
    }
  }
  totals.count += count - state.count;
  state.count = count;
  totals.bytes += bytes - state.bytes;
  state.bytes = bytes;
}

export function newTabState(record: TabRecord, lists: Map<string, ChunkList<CapturedEntry>>, written: Map<string, Set<number>>, version: number, totals: Held): TabState {
  const state: TabState = { id: record.tabId, record, lists, index: new Map(), count: 0, bytes: 0, headDirty: false, dirty: false, version, written };
  reindex(state, totals);
  return state;
}

/** Adds an entry to the page's newest chunk and to the index. */
export function place(state: TabState, totals: Held, page: PageRecord, entry: CapturedEntry): IndexEntry {
  const { chunk, opened } = append(state.lists.get(page.key)!, entry);
  if (opened) state.headDirty = true; // the page's chunk list grew
  page.entries.push(entry);
  const at = { page, entry, chunk, bytes: entryBytes(entry) };
  state.index.set(entry.id, at);
  state.count++;
  totals.count++;
  state.bytes += at.bytes;
  totals.bytes += at.bytes;
  return at;
}

/**
 * Removes entries until the tab holds at most `budget`: finished healthy ones first, then failures,
 * then unfinished ones, oldest chunk first (retention.ts: trimPlan, store-budget.ts: trimRank). The
 * page's own request stays. Only the chunks it empties or thins are touched.
 */
export function trimTab(state: TabState, totals: Held, budget: Budget): void {
  const refs: { page: PageRecord; list: ChunkList<CapturedEntry>; chunk: Chunk<CapturedEntry> }[] = [];
  for (const page of state.record.pages) {
    const list = state.lists.get(page.key);
    if (list) for (const chunk of list.chunks.values()) refs.push({ page, list, chunk });
  }
  const live = (e: CapturedEntry) => {
    const at = state.index.get(e.id);
    return at?.entry === e ? at : undefined;
  };
  // A live entry's size is the one counted; an earlier redirect hop is unchanged since it was counted.
  const plan = trimPlan(refs.map((r) => r.chunk.items), state, budget, TRIM_PASSES, (e, g) => trimRank(e, refs[g]!.page.key), (e) => live(e)?.bytes ?? entryBytes(e));
  const thinned = new Set<PageRecord>();
  for (const [g, dropped] of plan.drop) {
    const { page, list, chunk } = refs[g]!;
    for (const e of dropped) if (live(e)) state.index.delete(e.id);
    if (thin(list, chunk, chunk.items.filter((e) => !dropped.has(e)))) state.headDirty = true;
    thinned.add(page);
  }
  for (const page of thinned) page.entries = itemsOf(state.lists.get(page.key)!);
  totals.count -= state.count - plan.held.count;
  totals.bytes -= state.bytes - plan.held.bytes;
  state.count = plan.held.count;
  state.bytes = plan.held.bytes;
}

/** Drops the tab's oldest `n` pages and their chunks. */
export function dropOldPages(state: TabState, totals: Held, n: number): void {
  const dropped = state.record.pages.splice(0, n);
  for (const page of dropped) state.lists.delete(page.key);
  reindex(state, totals);
  state.headDirty = true;
}
