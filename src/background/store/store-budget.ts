// What the tab store's byte budget is counted in, and how it chooses what to give up. Pure
// functions: the store calls them, the tests check them without a store.
// A size is an estimate, in characters, of the JSON the store writes for an entry or a page: the
// lengths of its strings plus a fixed cost for its field names, numbers and quotes. It is counted
// once when an entry is stored or changed, never by serialising anything on the hot path. It counts
// what is kept in memory, which is at least what is written (a finished healthy sub-request is
// written without its request headers), so one budget bounds both the worker and storage.session.
import type { Header } from '../../engine/evidence';
import type { EntryView, PageView } from './tab-view';
import { isFailure } from '../entries';

/**
 * An entry's field names, numbers, quotes and brackets in its chunk's JSON text, with every quote
 * escaped once more (the chunk is stored as a JSON string): 330 characters with every field set.
 */
const ENTRY_OVERHEAD = 330;
/** `{"name":"","value":""},` with its quotes escaped once more. */
const HEADER_OVERHEAD = 32;
/** A page's fields in its tab's page list (key, times, flags, chunk numbers, the collected fields' names). */
const PAGE_OVERHEAD = 512;
/** One trace field (`"name":"value",`), with its quotes escaped. */
const PAIR_OVERHEAD = 12;

const textOf = (s: string | undefined) => (s === undefined ? 0 : s.length);

function headerBytes(list: readonly Header[] | undefined): number {
  if (list === undefined) return 0;
  let bytes = 0;
  for (const h of list) bytes += HEADER_OVERHEAD + h.name.length + textOf(h.value);
  return bytes;
}

export function entryBytes(e: EntryView): number {
  return ENTRY_OVERHEAD + e.id.length + e.type.length + e.method.length + e.url.length + textOf(e.statusLine) + textOf(e.ip)
    + textOf(e.error) + textOf(e.redirectTo) + headerBytes(e.requestHeaders) + headerBytes(e.responseHeaders);
}

/** A page's own fields, without its entries: the URL, what the collector read, the trace, the check. */
export function pageBytes(page: PageView): number {
  let bytes = PAGE_OVERHEAD + page.key.length + page.url.length;
  const c = page.collected;
  if (c) {
    bytes += c.url.length + c.title.length + c.html.length + c.text.length;
    bytes += textOf(c.timing?.nextHopProtocol);
  }
  if (page.trace) for (const [name, value] of Object.entries(page.trace)) bytes += PAIR_OVERHEAD + name.length + value.length;
  // At most ten tries of bounded fields (node ≤ 128, path ≤ 16 names): measured whole, it is small.
  if (page.probe) bytes += JSON.stringify(page.probe).length;
  return bytes;
}

/**
 * The order in which a trim gives entries up: finished healthy requests, then failures (and other
 * error statuses), then unfinished requests (a later event of theirs starts a fresh entry). The
 * page's own request and its redirect hops are never given up: they are what the popup explains.
 */
const HEALTHY = 0;
const FAILED = 1;
const UNFINISHED = 2;
const THE_PAGE = 3;
/** A trim's passes: pass p gives up entries of rank ≤ p, oldest first. */
export const TRIM_PASSES = [HEALTHY, FAILED, UNFINISHED] as const;

export function trimRank(e: EntryView, pageKey: string): number {
  if (e.id === pageKey) return THE_PAGE;
  if (e.tEnd === undefined) return UNFINISHED;
  if (isFailure(e) || e.status >= 400) return FAILED;
  return HEALTHY;
}
