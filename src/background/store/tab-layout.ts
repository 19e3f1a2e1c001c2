// How a tab's capture maps onto the chunked store (chunked-store.ts): a tab is a group, each page a
// list of entries keyed by the page's key, and the group's head is the page list ("tab:N": the
// pages' own fields and chunk numbers, without their entries). Also what is stored of an entry.
import type { CapturedEntry, PageRecord, TabRecord } from '../../shared/capture-types';
import { isFailure } from '../entries';
import type { ChunkedGroup, ChunkedLayout, StoredGroup } from './chunked-store';
import { itemsOf, type ChunkList } from './chunk-list';

type PageMeta = Omit<PageRecord, 'entries'> & { chunks: number[] };
interface StoredMeta { tabId: number; pages: PageMeta[] }

const isMeta = (value: unknown): value is StoredMeta =>
  typeof value === 'object' && value !== null && Array.isArray((value as StoredMeta).pages) && typeof (value as StoredMeta).tabId === 'number';

/**
 * What is stored of an entry. A finished healthy sub-request is stored without its request headers:
 * they are most of its bytes and the same on every request of the page (a restarted worker still
 * has them on the page's own request and on every failure); its response headers stay, as they
 * show the CDN path. Everything stays in memory, and in the export while the worker lives.
 */
export function storedForm(e: CapturedEntry): CapturedEntry {
  if (e.requestHeaders === undefined || e.tEnd === undefined || e.type === 'main_frame' || e.type === 'sub_frame' || e.status >= 400 || isFailure(e)) return e;
  const { requestHeaders: _dropped, ...rest } = e;
  return rest;
}

export const tabLayout: ChunkedLayout<CapturedEntry, ChunkedGroup<CapturedEntry> & { record: TabRecord }> = {
  prefix: 'tab',
  storedForm,
  head: (group) => {
    const pages: PageMeta[] = group.record.pages.map(({ entries: _entries, ...page }) => ({ ...page, chunks: [...(group.lists.get(page.key)?.chunks.keys() ?? [])] }));
    return { tabId: group.id, pages } satisfies StoredMeta;
  },
  listsOf: (head, id) => (isMeta(head) && head.tabId === id ? head.pages : undefined),
};

/** A tab read back from storage: its record and each page's chunks. */
export function tabFromStored(tabId: number, stored: StoredGroup<CapturedEntry>): { record: TabRecord; lists: Map<string, ChunkList<CapturedEntry>> } {
  const lists = new Map<string, ChunkList<CapturedEntry>>();
  const metas = (stored.head as StoredMeta).pages;
  const pages = metas.map(({ chunks: _numbers, ...page }, i) => {
    const { list } = stored.lists[i]!;
    lists.set(page.key, list);
    return { ...page, entries: itemsOf(list) };
  });
  return { record: { tabId, pages }, lists };
}
